package kr.openapi.keys.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class KeyApplicationRepository implements PanacheRepository<KeyApplication> {

    @WithSession
    public Uni<List<KeyApplication>> listOfMember(long memberId) {
        return list("memberId", Sort.descending("appliedAt", "id"), memberId);
    }

    @WithSession
    public Uni<List<KeyApplication>> listByStatus(KeyApplication.Status status) {
        return list("status", Sort.ascending("appliedAt", "id"), status);
    }

    @WithSession
    public Uni<List<KeyApplication>> listAllNewestFirst() {
        return listAll(Sort.descending("appliedAt", "id"));
    }

    public Uni<Boolean> hasPending(long memberId, String productCode) {
        return count("memberId = ?1 and productCode = ?2 and status = ?3", memberId, productCode, KeyApplication.Status.UNDER_REVIEW)
                .map(n -> n > 0);
    }
}
