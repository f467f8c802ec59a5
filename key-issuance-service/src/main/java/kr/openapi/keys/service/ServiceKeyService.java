package kr.openapi.keys.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.openapi.common.result.ApiException;
import kr.openapi.keys.mapping.DailyUsage;
import kr.openapi.keys.mapping.KeyView;
import kr.openapi.keys.mapping.KeyViewMapper;
import kr.openapi.keys.repository.ApiProductRepository;
import kr.openapi.keys.repository.AuditEventRepository;
import kr.openapi.keys.repository.KeyApplicationRepository;
import kr.openapi.keys.repository.KeyUsageRepository;
import kr.openapi.keys.repository.ServiceKey;
import kr.openapi.keys.repository.ServiceKeyRepository;

/** Keys as members and admins handle them: list, re-issue, suspend, resume, revoke, usage. */
@ApplicationScoped
public class ServiceKeyService {

    /** What an admin can do to a key, and the state each action leads to. */
    public enum AdminAction {
        SUSPEND(ServiceKey.Status.SUSPENDED), RESUME(ServiceKey.Status.ACTIVE), REVOKE(ServiceKey.Status.REVOKED);

        final ServiceKey.Status target;

        AdminAction(ServiceKey.Status target) {
            this.target = target;
        }
    }

    private final ServiceKeyRepository keys;
    private final KeyApplicationRepository applications;
    private final ApiProductRepository products;
    private final KeyUsageRepository usage;
    private final AuditEventRepository audit;
    private final ServiceKeyIssuer issuer;
    private final KeyViewMapper views;

    public ServiceKeyService(ServiceKeyRepository keys, KeyApplicationRepository applications, ApiProductRepository products,
                             KeyUsageRepository usage, AuditEventRepository audit, ServiceKeyIssuer issuer, KeyViewMapper views) {
        this.keys = keys;
        this.applications = applications;
        this.products = products;
        this.usage = usage;
        this.audit = audit;
        this.issuer = issuer;
        this.views = views;
    }

    @WithSession
    public Uni<List<KeyView>> keysOf(long memberId) {
        LocalDate today = KeyValidity.today();
        return products.namesByCode().chain(names -> keys.listOfMember(memberId).chain(list ->
                usage.callsOn(today, list.stream().map(k -> k.id).toList())
                        .map(calls -> list.stream().map(k -> views.ownerView(k, names, calls.getOrDefault(k.id, 0), today)).toList())));
    }

    /**
     * A new key for the same application, allowed from 30 days before the old key's expiry; the old key keeps working
     * until its own expiry.
     */
    @WithTransaction
    public Uni<KeyView> reissue(long memberId, long keyId) {
        LocalDate today = KeyValidity.today();
        return ownKey(memberId, keyId).chain(old -> {
            if (old.status != ServiceKey.Status.ACTIVE) {
                throw ApiException.invalidParameter("사용 중인 키만 재발급할 수 있습니다 (현재 " + old.status + ")");
            }
            if (!KeyValidity.isReissuable(old.expiresOn, today)) {
                throw ApiException.invalidParameter("재발급은 만료 30일 전인 " + KeyValidity.reissuableFrom(old.expiresOn)
                        + "부터 신청할 수 있습니다");
            }
            if (today.isAfter(old.expiresOn)) {
                throw ApiException.invalidParameter("만료된 키는 재발급할 수 없습니다. 새로 신청하세요");
            }
            return keys.listOfApplication(old.applicationId).chain(siblings -> {
                if (siblings.stream().anyMatch(k -> k.expiresOn.isAfter(old.expiresOn) && k.status != ServiceKey.Status.REVOKED)) {
                    throw ApiException.invalidParameter("이미 재발급된 키입니다");
                }
                return applications.findById(old.applicationId)
                        .chain(application -> issuer.issue(application, old.dailyQuota, today))
                        .call(issued -> audit.record(memberId, "KEY_REISSUED", "service_key", issued.key().id, "replaces " + old.id))
                        .chain(issued -> products.namesByCode().map(names -> views.ownerView(issued.key(), names, 0, today)));
            });
        });
    }

    /** Suspend (code 21 at the gateway), resume or revoke; the feed's cursor moves so the gateway learns it at once. */
    @WithTransaction
    public Uni<KeyView> change(long adminId, long keyId, AdminAction action) {
        return keys.findById(keyId)
                .onItem().ifNull().failWith(() -> ApiException.noData("키가 없습니다: " + keyId))
                .invoke(key -> {
                    if (key.status == ServiceKey.Status.REVOKED) {
                        throw ApiException.invalidParameter("폐기된 키는 바꿀 수 없습니다");
                    }
                    if (action == AdminAction.RESUME && key.status != ServiceKey.Status.SUSPENDED) {
                        throw ApiException.invalidParameter("정지된 키만 재개할 수 있습니다");
                    }
                })
                .call(key -> keys.nextChangeSeq().invoke(seq -> {
                    key.status = action.target;
                    key.changeSeq = seq;
                    key.updatedAt = OffsetDateTime.now();
                }))
                .call(key -> audit.record(adminId, "KEY_" + action.name(), "service_key", key.id, null))
                .invoke(key -> Log.infof("Key %d: %s by admin %d", key.id, action, adminId))
                .chain(key -> products.namesByCode().map(names -> views.adminView(key, names, 0, KeyValidity.today())));
    }

    /** Calls per day over the last 30 days (today included), oldest first, days without calls as 0. */
    @WithSession
    public Uni<List<DailyUsage>> usageOf(long memberId, long keyId) {
        LocalDate today = KeyValidity.today();
        LocalDate from = today.minusDays(29);
        return ownKey(memberId, keyId).chain(key -> usage.history(key.id, from, today)).map(history -> {
            Map<LocalDate, Integer> byDay = history.stream().collect(Collectors.toMap(KeyUsageRepository.DailyCalls::day,
                    KeyUsageRepository.DailyCalls::calls));
            List<DailyUsage> days = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                days.add(new DailyUsage(day, byDay.getOrDefault(day, 0)));
            }
            return days;
        });
    }

    /** Another member's key is "not found", never "forbidden": ids reveal nothing. */
    /** The member's own key as its owner sees it (value included), for the usage guide's examples. */
    @WithSession
    public Uni<KeyView> ownKeyView(long memberId, long keyId) {
        return ownKey(memberId, keyId).map(key -> views.ownerView(key, Map.of(), 0, KeyValidity.today()));
    }

    private Uni<ServiceKey> ownKey(long memberId, long keyId) {
        return keys.findById(keyId)
                .map(key -> key != null && key.memberId == memberId ? key : null)
                .onItem().ifNull().failWith(() -> ApiException.noData("키가 없습니다: " + keyId));
    }

}
