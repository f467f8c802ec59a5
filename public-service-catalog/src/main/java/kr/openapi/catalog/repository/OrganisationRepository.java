package kr.openapi.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class OrganisationRepository {

    private final Pool pool;

    public OrganisationRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The organisations of a class directly under {@code parentCode}, or the class's top-level ones when it is
     * null, in 가나다 order of their names (the guide's sample lists 가평군 before 고양시).
     */
    public Uni<List<Organisation>> list(String classCode, String parentCode) {
        return pool.preparedQuery("SELECT code, name, class_code, parent_code FROM organisation "
                        + "WHERE class_code = $1 AND parent_code IS NOT DISTINCT FROM $2 ORDER BY name COLLATE korean, code")
                .execute(Tuple.of(classCode, parentCode))
                .map(OrganisationRepository::toOrganisations);
    }

    /** Every organisation, for the sample data set. */
    public Uni<List<Organisation>> listAll() {
        return pool.query("SELECT code, name, class_code, parent_code FROM organisation ORDER BY code").execute()
                .map(OrganisationRepository::toOrganisations);
    }

    private static List<Organisation> toOrganisations(RowSet<Row> rows) {
        List<Organisation> organisations = new ArrayList<>(rows.size());
        for (Row row : rows) {
            organisations.add(new Organisation(row.getString(0), row.getString(1), row.getString(2), row.getString(3)));
        }
        return organisations;
    }

    public Uni<Boolean> classExists(String classCode) {
        return pool.preparedQuery("SELECT 1 FROM org_class WHERE code = $1").execute(Tuple.of(classCode))
                .map(rows -> rows.size() > 0);
    }

    public Uni<Boolean> exists(String code) {
        return pool.preparedQuery("SELECT 1 FROM organisation WHERE code = $1").execute(Tuple.of(code))
                .map(rows -> rows.size() > 0);
    }
}
