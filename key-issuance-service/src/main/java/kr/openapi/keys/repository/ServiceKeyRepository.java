package kr.openapi.keys.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ServiceKeyRepository implements PanacheRepository<ServiceKey> {

    /** Arbitrary but fixed: the advisory lock that serialises key changes. */
    private static final long KEY_CHANGE_LOCK = 0x6b6579L;

    @WithSession
    public Uni<List<ServiceKey>> listOfMember(long memberId) {
        return list("memberId", Sort.descending("issuedOn", "id"), memberId);
    }

    public Uni<List<ServiceKey>> listOfApplication(long applicationId) {
        return list("applicationId", Sort.descending("issuedOn", "id"), applicationId);
    }

    public Uni<List<ServiceKey>> listLiveOfMember(long memberId) {
        return list("memberId = ?1 and status != ?2", memberId, ServiceKey.Status.REVOKED);
    }

    /**
     * The next feed position, taken under a transaction-scoped advisory lock: key changes commit in the order of
     * their positions, so a reader that has seen position n has seen every change before it. Call inside the
     * transaction that makes the change.
     */
    public Uni<Long> nextChangeSeq() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT nextval('key_change_seq') FROM (SELECT pg_advisory_xact_lock(" + KEY_CHANGE_LOCK + ")) AS serialised", Long.class)
                .getSingleResult());
    }
}
