package kr.openapi.charging.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OperatorRepository implements PanacheRepositoryBase<Operator, String> {

    @WithSession
    public Uni<Operator> findByOperatorId(String operatorId) {
        return findById(operatorId);
    }
}
