package kr.openapi.gateway.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class QuotaCounterRepository implements PanacheRepositoryBase<QuotaCounter, QuotaCounter.Id> {

    @WithSession
    public Uni<QuotaCounter> find(QuotaCounter.Id id) {
        return findById(id);
    }
}
