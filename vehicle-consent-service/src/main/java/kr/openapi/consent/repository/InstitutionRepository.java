package kr.openapi.consent.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, String> {

    @WithSession
    public Uni<Institution> findByCode(String insttCode) {
        return findById(insttCode);
    }
}
