package kr.openapi.consent.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import kr.openapi.consent.mapping.HashScheme;

@ApplicationScoped
public class InstitutionRepository {

    private static final String COLUMNS = "instt_code, name, site_url, member_id, hash_scheme, secret_enc, created_at";

    private final Pool pool;

    public InstitutionRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts the institution; false when its code is taken. */
    public Uni<Boolean> insert(Institution institution) {
        return pool.preparedQuery("INSERT INTO institution (instt_code, name, site_url, member_id, hash_scheme, created_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (instt_code) DO NOTHING")
                .execute(Tuple.of(institution.insttCode(), institution.name(), institution.siteUrl(), institution.memberId(),
                        institution.hashScheme().name(), institution.createdAt()))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Institution> find(String insttCode) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM institution WHERE instt_code = $1")
                .execute(Tuple.of(insttCode)).map(InstitutionRepository::first);
    }

    /** Replaces the secret; false for an unknown institution. */
    public Uni<Boolean> replaceSecret(String insttCode, String secretEnc) {
        return pool.preparedQuery("UPDATE institution SET secret_enc = $2 WHERE instt_code = $1")
                .execute(Tuple.of(insttCode, secretEnc)).map(rows -> rows.rowCount() == 1);
    }

    private static Institution first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new Institution(row.getString("instt_code"), row.getString("name"), row.getString("site_url"),
                row.getString("member_id"), HashScheme.valueOf(row.getString("hash_scheme")), row.getString("secret_enc"),
                row.getOffsetDateTime("created_at"));
    }
}
