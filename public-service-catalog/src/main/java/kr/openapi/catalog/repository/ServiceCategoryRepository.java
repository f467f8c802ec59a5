package kr.openapi.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ServiceCategoryRepository {

    private final Pool pool;

    public ServiceCategoryRepository(Pool pool) {
        this.pool = pool;
    }

    /** The categories of a level under a parent (any parent when {@code parentCode} is null), in code order. */
    public Uni<List<ServiceCategory>> list(int level, String parentCode) {
        return pool.preparedQuery("SELECT code, name, level, parent_code FROM service_category "
                        + "WHERE level = $1 AND ($2::varchar IS NULL OR parent_code = $2) ORDER BY code")
                .execute(Tuple.of(level, parentCode))
                .map(rows -> {
                    List<ServiceCategory> categories = new ArrayList<>(rows.size());
                    rows.forEach(row -> categories.add(toCategory(row)));
                    return categories;
                });
    }

    public Uni<Optional<ServiceCategory>> find(String code) {
        return pool.preparedQuery("SELECT code, name, level, parent_code FROM service_category WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toCategory(rows.iterator().next())));
    }

    private static ServiceCategory toCategory(Row row) {
        return new ServiceCategory(row.getString(0), row.getString(1), row.getInteger(2), row.getString(3));
    }
}
