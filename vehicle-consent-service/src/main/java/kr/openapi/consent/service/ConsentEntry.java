package kr.openapi.consent.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.consent.config.ConsentConfig;
import kr.openapi.consent.mapping.EntryForm;
import kr.openapi.consent.mapping.Plates;
import kr.openapi.consent.repository.ConsentFlow;
import kr.openapi.consent.repository.FlowRepository;
import kr.openapi.consent.repository.FlowStep;
import kr.openapi.consent.repository.Institution;
import kr.openapi.consent.repository.InstitutionRepository;
import kr.openapi.consent.repository.ServiceCode;
import kr.openapi.consent.repository.ServiceCodeRepository;

/**
 * The signed entry (seed ⑦ ②): checks the institution's form and starts one owner's flow. Every refusal happens
 * before anything is stored; the hash is spent only together with the flow it starts.
 */
@ApplicationScoped
public class ConsentEntry {

    /** The session cookie's value, shown once to the browser, and the flow it opens. */
    public record Started(String sessionToken, ConsentFlow flow) {
    }

    public static final int SESSION_TOKEN_BYTES = 32;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter TIME_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_SERVICES = 20;

    private final ConsentConfig config;
    private final InstitutionRepository institutions;
    private final InstitutionService institutionService;
    private final ServiceCodeRepository services;
    private final FlowRepository flows;
    private final PersonalDataCipher cipher;
    private final Pool pool;

    public ConsentEntry(ConsentConfig config, InstitutionRepository institutions, InstitutionService institutionService,
                        ServiceCodeRepository services, FlowRepository flows, PersonalDataCipher cipher, Pool pool) {
        this.config = config;
        this.institutions = institutions;
        this.institutionService = institutionService;
        this.services = services;
        this.flows = flows;
        this.cipher = cipher;
        this.pool = pool;
    }

    public Uni<Started> start(EntryForm form, boolean mobile) {
        for (String[] required : new String[][] {{"hashValue", form.hashValue()}, {"timeStamp", form.timeStamp()},
                {"svcCodeArr", form.svcCodeArr()}, {"svcType", form.svcType()}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw PageRefusal.badRequest("필수 항목이 없습니다: " + required[0]);
            }
        }
        if (!form.svcType().equals("Y") && !form.svcType().equals("N")) {
            throw PageRefusal.badRequest("svcType은 Y(고정방식) 또는 N(비고정방식)이어야 합니다.");
        }
        checkTimeStamp(form.timeStamp());
        List<String> codes = form.serviceCodes();
        if (codes.isEmpty() || codes.size() > MAX_SERVICES || !codes.stream().allMatch(code -> code.matches("[0-9A-F]{32}"))) {
            throw PageRefusal.badRequest("서비스 코드(svcCodeArr)는 32자리 16진수를 쉼표로 구분해 1~" + MAX_SERVICES + "개 보내야 합니다.");
        }
        String plate = null;
        if (form.fixed()) {
            plate = Plates.normalize(form.carRegNo());
            if (form.carOwner() == null || form.carOwner().isBlank() || form.carOwner().strip().length() > 50 || plate == null) {
                throw PageRefusal.badRequest("고정방식(svcType=Y)은 차량 소유자 이름(carOwner)과 차량 등록번호(carRegNo)가 있어야 합니다.");
            }
        }
        String fixedPlate = plate;
        return services.find(codes).flatMap(found -> {
            if (found.size() != codes.size()) {
                throw PageRefusal.badRequest("등록되지 않은 서비스 코드가 있습니다.");
            }
            if (found.stream().map(ServiceCode::insttCode).distinct().count() > 1) {
                throw PageRefusal.badRequest("서로 다른 기관의 서비스 코드는 함께 보낼 수 없습니다.");
            }
            String insttCode = found.get(0).insttCode();
            if (form.insttCode() != null && !form.insttCode().isBlank() && !form.insttCode().strip().equals(insttCode)) {
                throw PageRefusal.badRequest("기관코드(insttCode)가 서비스 코드의 기관과 다릅니다.");
            }
            return institutions.find(insttCode).flatMap(institution -> open(institution, form, codes, fixedPlate, mobile));
        });
    }

    private Uni<Started> open(Institution institution, EntryForm form, List<String> codes, String fixedPlate, boolean mobile) {
        String secret = institutionService.secretOf(institution);
        if (secret == null) {
            throw PageRefusal.forbidden("기관의 비밀키가 아직 발급되지 않았습니다. 한국교통안전공단에 문의하세요.");
        }
        if (!EntrySignature.matches(institution.hashScheme(), institution.insttCode(), secret, form)) {
            throw PageRefusal.forbidden("요청의 hashValue가 올바르지 않습니다.");
        }
        for (String url : new String[] {form.siteURL(), form.returnURLA(), form.returnURLD()}) {
            if (!ReturnUrls.onSite(institution.siteUrl(), url)) {
                throw PageRefusal.badRequest("기관에 등록된 사이트의 주소가 아닙니다 (siteURL, returnURLA, returnURLD).");
            }
        }
        String sessionToken = Tokens.random(SESSION_TOKEN_BYTES);
        ConsentFlow flow = new ConsentFlow();
        flow.sessionHash = Tokens.hash(sessionToken);
        flow.csrfToken = Tokens.random(24);
        flow.insttCode = institution.insttCode();
        flow.svcCodes = codes;
        flow.fixed = form.fixed();
        flow.siteName = form.siteName() == null || form.siteName().isBlank() ? institution.name()
                : form.siteName().strip().substring(0, Math.min(200, form.siteName().strip().length()));
        flow.returnUrlA = blankToNull(form.returnURLA());
        flow.returnUrlD = blankToNull(form.returnURLD());
        flow.step = FlowStep.OWNER;
        flow.mobile = mobile;
        if (form.fixed()) {
            flow.ownerNameEnc = cipher.encrypt(VehicleRegistry.normalizeName(form.carOwner()));
            flow.carRegNo = fixedPlate;
        }
        flow.expiresAt = OffsetDateTime.now().plus(config.flowLifetime());
        String hash = form.hashValue().strip().toLowerCase(java.util.Locale.ROOT);
        return pool.withTransaction(connection -> flows.claimEntryHash(connection, hash, institution.insttCode())
                .flatMap(claimed -> {
                    if (!claimed) {
                        throw new PageRefusal(409, "이미 사용된 요청입니다. 기관 사이트에서 다시 시작해 주세요.");
                    }
                    return flows.insert(connection, flow);
                }))
                .replaceWith(new Started(sessionToken, flow));
    }

    private void checkTimeStamp(String timeStamp) {
        LocalDateTime stamped;
        try {
            stamped = LocalDateTime.parse(timeStamp.strip(), TIME_STAMP);
        } catch (DateTimeParseException e) {
            throw PageRefusal.badRequest("timeStamp는 yyyyMMddHHmmss 형식이어야 합니다.");
        }
        OffsetDateTime at = stamped.atZone(SEOUL).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(SEOUL);
        if (at.isBefore(now.minus(config.entryWindow())) || at.isAfter(now.plus(config.entryClockSkew()))) {
            throw PageRefusal.badRequest("요청 시각(timeStamp)이 유효 시간(5분)을 벗어났습니다. 기관 사이트에서 다시 시작해 주세요.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
