package kr.openapi.keys.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ApiProductRepository implements PanacheRepositoryBase<ApiProduct, String> {

    @WithSession
    public Uni<List<ApiProduct>> listByName() {
        return listAll(Sort.by("name"));
    }

    /** Product names by code, for views that show both. */
    public Uni<Map<String, String>> namesByCode() {
        return listAll().map(all -> all.stream().collect(Collectors.toMap(p -> p.code, p -> p.name)));
    }

    @WithSession
    public Uni<ApiProduct> findByCode(String code) {
        return findById(code);
    }
}
