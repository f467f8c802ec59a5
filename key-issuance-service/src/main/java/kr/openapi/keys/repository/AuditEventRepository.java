package kr.openapi.keys.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /** Records an event in the caller's transaction. */
    public Uni<AuditEvent> record(Long actorId, String action, String subjectType, long subjectId, String detail) {
        return persist(AuditEvent.of(actorId, action, subjectType, subjectId, detail));
    }

    public Uni<List<AuditEvent>> about(String subjectType, long subjectId) {
        return list("subjectType = ?1 and subjectId = ?2", Sort.ascending("id"), subjectType, subjectId);
    }
}
