package kr.openapi.consent.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.privacy.PersonalDataIndex;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.consent.config.ConsentConfig;
import kr.openapi.consent.mapping.Plates;
import kr.openapi.consent.mapping.VehicleRecord.Ownership;
import kr.openapi.consent.repository.ConsentFlow;
import kr.openapi.consent.repository.ConsentRepository;
import kr.openapi.consent.repository.FlowRepository;
import kr.openapi.consent.repository.FlowStep;
import kr.openapi.consent.repository.NewConsent;
import kr.openapi.consent.repository.ServiceCodeRepository;

/**
 * Steps 3 to 7 of the seed, one method per step: each checks that the flow is at its step, applies the owner's
 * input, and stores the flow. What the owner can correct comes back as {@link StepResult#error()}; a locked,
 * ended or unknown session is a {@link PageRefusal}.
 */
@ApplicationScoped
public class ConsentFlowService {

    /** The seed's wording for a vehicle that is not one individual's (step ③'s notes). */
    public static final String NOT_INDIVIDUAL = "소유자 개인명의(공동명의 소유자 불가)로 되어있는 차량만 확인이 가능합니다.";
    /** Why a locked session goes no further. */
    public static final String LOCKED = "확인 시도 횟수를 초과하여 이 동의 절차가 잠겼습니다. 기관 사이트에서 다시 시작해 주세요.";
    public static final Set<String> CARRIERS = Set.of("LGU", "KT", "SKT", "MVNO");
    public static final int WITHDRAW_TOKEN_BYTES = 32;
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final ConsentConfig config;
    private final FlowRepository flows;
    private final VehicleRegistry registry;
    private final IdentityVerifier verifier;
    private final ConsentRepository consents;
    private final ServiceCodeRepository services;
    private final PersonalDataCipher cipher;
    private final PersonalDataIndex index;
    private final ObjectMapper json;
    private final Pool pool;

    public ConsentFlowService(ConsentConfig config, FlowRepository flows, VehicleRegistry registry, IdentityVerifier verifier,
                              ConsentRepository consents, ServiceCodeRepository services, PersonalDataCipher cipher,
                              PersonalDataIndex index, ObjectMapper json, Pool pool) {
        this.config = config;
        this.flows = flows;
        this.registry = registry;
        this.verifier = verifier;
        this.consents = consents;
        this.services = services;
        this.cipher = cipher;
        this.index = index;
        this.json = json;
        this.pool = pool;
    }

    /** The flow of a session cookie; a refusal page when there is none (never started, expired, or forged). */
    public Uni<ConsentFlow> session(String sessionToken) {
        if (!Tokens.wellFormed(sessionToken, ConsentEntry.SESSION_TOKEN_BYTES)) {
            throw new PageRefusal(400, "동의 절차가 시작되지 않았거나 만료되었습니다. 기관 사이트에서 다시 시작해 주세요.");
        }
        return flows.find(Tokens.hash(sessionToken)).map(flow -> {
            if (flow == null) {
                throw new PageRefusal(400, "동의 절차가 시작되지 않았거나 만료되었습니다. 기관 사이트에서 다시 시작해 주세요.");
            }
            return flow;
        });
    }

    /** The session's flow, for a form posted from one of its pages (its CSRF token must come back). */
    public Uni<ConsentFlow> posted(String sessionToken, String csrf) {
        return session(sessionToken).map(flow -> {
            if (!Tokens.same(flow.csrfToken, csrf)) {
                throw PageRefusal.forbidden("요청을 확인할 수 없습니다. 화면을 새로 고친 뒤 다시 시도해 주세요.");
            }
            return flow;
        });
    }

    /** Step 3: the owner's name and plate against the registry (a fixed-type entry's are the ones the institution sent). */
    public Uni<StepResult> owner(ConsentFlow flow, String carOwner, String carRegNo) {
        at(flow, FlowStep.OWNER);
        String name = flow.fixed ? cipher.decrypt(flow.ownerNameEnc) : VehicleRegistry.normalizeName(carOwner);
        String plate = flow.fixed ? flow.carRegNo : Plates.normalize(carRegNo);
        if (name == null || name.isEmpty() || name.length() > 50) {
            return Uni.createFrom().item(StepResult.retry(flow, "차량 소유자 이름을 입력하세요."));
        }
        if (plate == null) {
            return Uni.createFrom().item(StepResult.retry(flow, "차량 등록번호를 12가3456 형식으로 입력하세요."));
        }
        return registry.find(plate).flatMap(vehicle -> {
            if (vehicle == null || !vehicle.ownerName().equals(name)) {
                flow.ownerFailures++;
                boolean locked = flow.ownerFailures >= config.maxOwnerFailures();
                if (locked) {
                    flow.step = FlowStep.LOCKED;
                }
                Log.infof("Owner check failed for %s (%d of %d)", PersonalDataMask.plate(plate), flow.ownerFailures, config.maxOwnerFailures());
                return save(flow).map(saved -> StepResult.retry(saved, "차량 소유자 이름과 차량 등록번호가 일치하지 않습니다."));
            }
            if (vehicle.ownership() != Ownership.INDIVIDUAL) {
                return Uni.createFrom().item(StepResult.retry(flow, NOT_INDIVIDUAL));
            }
            flow.ownerNameEnc = cipher.encrypt(name);
            flow.carRegNo = plate;
            flow.step = FlowStep.CARRIER;
            return save(flow).map(StepResult::next);
        });
    }

    /** Step 4: the carrier. */
    public Uni<StepResult> carrier(ConsentFlow flow, String carrier) {
        at(flow, FlowStep.CARRIER);
        if (carrier == null || !CARRIERS.contains(carrier)) {
            return Uni.createFrom().item(StepResult.retry(flow, "이용 중이신 통신사를 선택하세요."));
        }
        flow.carrier = carrier;
        flow.step = FlowStep.IDENTITY;
        return save(flow).map(StepResult::next);
    }

    /** Step 5: who the owner is; the name must be the owner's name typed at step 3 (the seed's rule). Sends a code. */
    public Uni<StepResult> identity(ConsentFlow flow, IdentityClaim typed, boolean agreedToAll) {
        at(flow, FlowStep.IDENTITY);
        IdentityClaim claim = new IdentityClaim(flow.carrier, VehicleRegistry.normalizeName(typed.name()), typed.nationality(),
                typed.birthDate() == null ? null : typed.birthDate().strip(), typed.sex(),
                typed.phone() == null ? null : typed.phone().replaceAll("[^0-9]", ""));
        String problem = problemWith(claim, agreedToAll);
        if (problem != null) {
            return Uni.createFrom().item(StepResult.retry(flow, problem));
        }
        if (!claim.name().equals(cipher.decrypt(flow.ownerNameEnc))) {
            return Uni.createFrom().item(StepResult.retry(flow,
                    "본인인증 이름이 앞에서 입력한 차량 소유자 이름과 같지 않아 동의를 진행할 수 없습니다."));
        }
        return verifier.send(claim).flatMap(challenge -> {
            flow.identityEnc = cipher.encrypt(write(claim));
            flow.challengeId = challenge;
            flow.codeSentAt = OffsetDateTime.now();
            flow.step = FlowStep.CODE;
            return save(flow).map(StepResult::next);
        });
    }

    /** Step 6: the code, or {@code resend}. Wrong codes count towards the lock; resends are limited in number and pace. */
    public Uni<StepResult> code(ConsentFlow flow, String code, boolean resend) {
        at(flow, FlowStep.CODE);
        IdentityClaim claim = read(cipher.decrypt(flow.identityEnc));
        if (resend) {
            if (flow.resends >= config.maxResends()) {
                return Uni.createFrom().item(StepResult.retry(flow, "인증번호 재전송 횟수(" + config.maxResends() + "회)를 모두 사용했습니다."));
            }
            Duration since = Duration.between(flow.codeSentAt, OffsetDateTime.now());
            if (since.compareTo(config.resendInterval()) < 0) {
                return Uni.createFrom().item(StepResult.retry(flow, config.resendInterval().toSeconds() + "초 후에 다시 요청해 주세요."));
            }
            return verifier.send(claim).flatMap(challenge -> {
                flow.challengeId = challenge;
                flow.codeSentAt = OffsetDateTime.now();
                flow.resends++;
                return save(flow).map(saved -> StepResult.notice(saved, "인증번호를 다시 보냈습니다."));
            });
        }
        String typed = code == null ? "" : code.strip();
        return verifier.confirm(flow.challengeId, flow.codeSentAt, claim, typed).flatMap(confirmation -> switch (confirmation.outcome()) {
            case EXPIRED -> Uni.createFrom().item(StepResult.retry(flow, "입력시간이 초과되었습니다. \"재전송\" 버튼을 눌러주세요."));
            case WRONG_CODE -> {
                flow.codeFailures++;
                if (flow.codeFailures >= config.maxCodeFailures()) {
                    flow.step = FlowStep.LOCKED;
                }
                int left = config.maxCodeFailures() - flow.codeFailures;
                yield save(flow).map(saved -> StepResult.retry(saved, "인증번호가 올바르지 않습니다. (남은 횟수 " + Math.max(0, left) + "회)"));
            }
            case VERIFIED -> {
                if (!VehicleRegistry.normalizeName(confirmation.verifiedName()).equals(cipher.decrypt(flow.ownerNameEnc))) {
                    flow.step = FlowStep.LOCKED;
                    yield save(flow).map(saved -> StepResult.retry(saved,
                            "본인인증 이름이 차량 소유자 이름과 같지 않아 동의를 진행할 수 없습니다."));
                }
                flow.ownerIdentity = index.of("vehicle-owner-identity", confirmation.personIdentifier());
                flow.step = FlowStep.CONSENT;
                yield save(flow).map(StepResult::next);
            }
        });
    }

    /** Step 7: {@code agree} records a consent per ticked service; {@code cancel} ends the flow. */
    public Uni<StepResult> consent(ConsentFlow flow, List<String> ticked, String decision) {
        at(flow, FlowStep.CONSENT);
        if ("cancel".equals(decision)) {
            return cancel(flow);
        }
        if (!"agree".equals(decision)) {
            return Uni.createFrom().item(StepResult.retry(flow, "동의 또는 취소를 선택하세요."));
        }
        List<String> chosen = ticked == null ? List.of() : ticked.stream().filter(flow.svcCodes::contains).distinct().toList();
        if (chosen.isEmpty()) {
            return Uni.createFrom().item(StepResult.retry(flow, "동의할 서비스를 하나 이상 선택하세요."));
        }
        String withdrawToken = Tokens.random(WITHDRAW_TOKEN_BYTES);
        String ownerNameIndex = registry.ownerNameIndex(cipher.decrypt(flow.ownerNameEnc));
        OffsetDateTime now = OffsetDateTime.now();
        flow.step = FlowStep.DONE;
        return services.find(chosen).flatMap(found -> pool.withTransaction(connection -> flows.update(connection, flow)
                .flatMap(updated -> {
                    if (!updated) {
                        throw new PageRefusal(409, "이 동의 절차는 다른 창에서 이미 진행되었습니다.");
                    }
                    return Multi.createFrom().iterable(found).onItem().transformToUniAndConcatenate(service -> consents.give(connection,
                                    new NewConsent(flow.insttCode, service.svcCode(), flow.carRegNo, flow.ownerIdentity, ownerNameIndex,
                                            service.items(), Tokens.hash(withdrawToken)), now))
                            .collect().asList();
                })))
                .map(ids -> {
                    Log.infof("Consent given for %s: %d service(s) of institution %s", PersonalDataMask.plate(flow.carRegNo), ids.size(),
                            flow.insttCode);
                    return new StepResult(flow, null, null, withdrawToken);
                });
    }

    /** The owner cancels at any step before the end. */
    public Uni<StepResult> cancel(ConsentFlow flow) {
        if (flow.step.ended()) {
            throw ended(flow);
        }
        flow.step = FlowStep.CANCELLED;
        return save(flow).map(StepResult::next);
    }

    /** The owner switches between the PC and mobile layouts. */
    public Uni<ConsentFlow> layout(ConsentFlow flow, boolean mobile) {
        if (flow.mobile == mobile) {
            return Uni.createFrom().item(flow);
        }
        flow.mobile = mobile;
        return save(flow);
    }

    /** How many seconds the current code has left, for the countdown. */
    public long codeSecondsLeft(ConsentFlow flow) {
        if (flow.codeSentAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(OffsetDateTime.now(), flow.codeSentAt.plus(config.codeValidity())).toSeconds());
    }

    public int resendsLeft(ConsentFlow flow) {
        return Math.max(0, config.maxResends() - flow.resends);
    }

    /** The owner's name as typed at step 3 (or sent by the institution), for pages that show it masked. */
    public String ownerName(ConsentFlow flow) {
        return flow.ownerNameEnc == null ? null : cipher.decrypt(flow.ownerNameEnc);
    }

    /** The phone being verified, for the code page (masked there). */
    public String phone(ConsentFlow flow) {
        return flow.identityEnc == null ? null : read(cipher.decrypt(flow.identityEnc)).phone();
    }

    private void at(ConsentFlow flow, FlowStep expected) {
        if (flow.step.ended()) {
            throw ended(flow);
        }
        if (flow.step != expected) {
            throw new PageRefusal(409, "진행 순서가 맞지 않습니다. 화면을 새로 고쳐 현재 단계에서 계속하세요.");
        }
    }

    private static PageRefusal ended(ConsentFlow flow) {
        return switch (flow.step) {
            case LOCKED -> new PageRefusal(403, LOCKED);
            case DONE -> new PageRefusal(409, "이미 동의를 마친 절차입니다.");
            default -> new PageRefusal(409, "취소된 동의 절차입니다. 기관 사이트에서 다시 시작해 주세요.");
        };
    }

    private Uni<ConsentFlow> save(ConsentFlow flow) {
        return flows.update(flow).map(updated -> {
            if (!updated) {
                throw new PageRefusal(409, "이 동의 절차는 다른 창에서 진행되었습니다. 화면을 새로 고쳐 주세요.");
            }
            return flow;
        });
    }

    private static String problemWith(IdentityClaim claim, boolean agreedToAll) {
        if (claim.name() == null || claim.name().isEmpty() || claim.name().length() > 50) {
            return "이름을 입력하세요.";
        }
        if (!"L".equals(claim.nationality()) && !"F".equals(claim.nationality())) {
            return "내국인 또는 외국인을 선택하세요.";
        }
        try {
            LocalDate born = LocalDate.parse(claim.birthDate() == null ? "" : claim.birthDate(), BIRTH_DATE);
            if (born.isAfter(LocalDate.now()) || born.isBefore(LocalDate.of(1900, 1, 1))) {
                return "생년월일을 확인하세요.";
            }
        } catch (DateTimeParseException e) {
            return "생년월일 8자리(예: 19890427)를 입력하세요.";
        }
        if (!"M".equals(claim.sex()) && !"F".equals(claim.sex())) {
            return "성별을 선택하세요.";
        }
        if (claim.phone() == null || !claim.phone().matches("01[016789][0-9]{7,8}")) {
            return "휴대폰번호를 숫자로 입력하세요 (예: 01012345678).";
        }
        if (!agreedToAll) {
            return "휴대폰 본인확인 약관에 모두 동의해야 합니다.";
        }
        return null;
    }

    private String write(IdentityClaim claim) {
        try {
            return json.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings is always JSON", e);
        }
    }

    private IdentityClaim read(String stored) {
        try {
            return json.readValue(stored, IdentityClaim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the flow's identity was written by this class", e);
        }
    }
}
