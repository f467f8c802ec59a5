package kr.openapi.keys.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ApiProductRepository implements PanacheRepositoryBase<ApiProduct, String> {

    @WithSession
    public Uni<List<ApiProduct>> listByName() {
        return listAll(Sort.by("name"));
    }

    @WithSession
    public Uni<ApiProduct> findByCode(String code) {
        return findById(code);
    }
}
