package kr.openapi.consent.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.common.result.ApiException;
import kr.openapi.consent.mapping.ConsentView;
import kr.openapi.consent.mapping.NewInstitution;
import kr.openapi.consent.mapping.Plates;
import kr.openapi.consent.repository.AuditEntry;
import kr.openapi.consent.repository.ConsentRepository;
import kr.openapi.consent.repository.StoredConsent;

/** Consents once given: the owner's withdrawal link, and TS staff's search and withdrawal. */
@ApplicationScoped
public class ConsentRecords {

    private static final int PAGE = 1_000;

    private final ConsentRepository consents;
    private final Pool pool;

    public ConsentRecords(ConsentRepository consents, Pool pool) {
        this.consents = consents;
        this.pool = pool;
    }

    /** The consents a withdrawal link covers; empty for an unknown link. */
    public Uni<List<StoredConsent>> underLink(String token) {
        if (!Tokens.wellFormed(token, ConsentFlowService.WITHDRAW_TOKEN_BYTES)) {
            return Uni.createFrom().item(List.of());
        }
        return consents.byWithdrawToken(Tokens.hash(token));
    }

    /** The owner withdraws every consent still given under their link. */
    public Uni<List<StoredConsent>> withdrawByOwner(String token) {
        if (!Tokens.wellFormed(token, ConsentFlowService.WITHDRAW_TOKEN_BYTES)) {
            return Uni.createFrom().item(List.of());
        }
        String hash = Tokens.hash(token);
        return pool.withTransaction(connection -> consents.withdrawByToken(connection, hash, OffsetDateTime.now()))
                .invoke(ids -> Log.infof("Owner withdrew %d consent(s) by link", ids.size()))
                .flatMap(ids -> consents.byWithdrawToken(hash));
    }

    public Uni<ConsentView> withdrawByStaff(String consentId, String staff, String reason) {
        UUID id = parse(consentId);
        return pool.withTransaction(connection -> consents.withdrawById(connection, id, staff, reason.strip(), OffsetDateTime.now()))
                .flatMap(withdrawn -> consents.byId(id).map(consent -> {
                    if (consent == null) {
                        throw ApiException.noData("동의를 찾을 수 없습니다: " + consentId);
                    }
                    if (withdrawn.isEmpty()) {
                        throw ApiException.invalidParameter("이미 철회된 동의입니다: " + consentId);
                    }
                    return consent;
                }))
                .flatMap(consent -> views(List.of(consent)).map(views -> views.get(0)));
    }

    public Uni<ConsentView.Page> search(String carRegNo, String insttCode) {
        boolean byPlate = carRegNo != null && !carRegNo.isBlank();
        boolean byInstitution = insttCode != null && !insttCode.isBlank();
        if (!byPlate && !byInstitution) {
            throw ApiException.missingParameter("carRegNo 또는 insttCode");
        }
        if (byInstitution && !NewInstitution.isCode(insttCode.strip())) {
            throw ApiException.invalidParameter("insttCode는 영문, 숫자 1~20자입니다");
        }
        String plate = byPlate ? Plates.normalize(carRegNo) : null;
        if (byPlate && plate == null) {
            throw ApiException.invalidParameter("carRegNo가 차량번호 형식이 아닙니다");
        }
        return consents.search(plate, byInstitution ? insttCode.strip() : null, PAGE).flatMap(this::views).map(ConsentView.Page::new);
    }

    private Uni<List<ConsentView>> views(List<StoredConsent> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return consents.trails(found.stream().map(StoredConsent::consentId).toList()).map(trail -> {
            var byConsent = trail.stream().collect(Collectors.groupingBy(AuditEntry::consentId));
            return found.stream().map(consent -> new ConsentView(consent.consentId().toString(), consent.insttCode(), consent.svcCode(),
                    PersonalDataMask.plate(consent.carRegNo()), consent.status(), consent.items(), consent.givenAt(), consent.withdrawnAt(),
                    byConsent.getOrDefault(consent.consentId(), List.of()).stream()
                            .map(entry -> new ConsentView.Audit(entry.action(), entry.actor(), entry.reason(), entry.at())).toList()))
                    .toList();
        });
    }

    private static UUID parse(String consentId) {
        try {
            return UUID.fromString(consentId);
        } catch (IllegalArgumentException e) {
            throw ApiException.noData("동의를 찾을 수 없습니다: " + consentId);
        }
    }
}
