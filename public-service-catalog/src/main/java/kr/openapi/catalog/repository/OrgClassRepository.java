package kr.openapi.catalog.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OrgClassRepository implements PanacheRepositoryBase<OrgClass, String> {

    @WithSession
    public Uni<List<OrgClass>> listByCode() {
        return listAll(Sort.by("code"));
    }
}
