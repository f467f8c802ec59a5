package kr.openapi.driver.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The insurer feed's policies. */
@ApplicationScoped
public class PolicyRepository {

    /** A policy as the feed writes it: personal data encrypted, every field hashed for "unchanged". */
    public record PolicyWrite(StoredPolicy policy, String driverNameEnc, String registerNoEnc, String phoneEnc, String contentHash) {
    }

    public record UpsertCounts(int inserted, int updated) {
    }

    private final Pool pool;

    public PolicyRepository(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /**
     * Inserts new policies and rewrites changed ones in one statement; identical ones (same content hash) are left
     * alone, so they are neither inserted nor updated.
     */
    public Uni<UpsertCounts> upsert(SqlClient client, List<PolicyWrite> writes) {
        List<Object> arrays = new ArrayList<>();
        arrays.add(writes.stream().map(w -> w.policy().insuranceNo()).toArray(String[]::new));
        arrays.add(writes.stream().map(w -> w.policy().personIndex()).toArray(String[]::new));
        arrays.add(writes.stream().map(PolicyWrite::driverNameEnc).toArray(String[]::new));
        arrays.add(writes.stream().map(PolicyWrite::registerNoEnc).toArray(String[]::new));
        arrays.add(writes.stream().map(PolicyWrite::phoneEnc).toArray(String[]::new));
        arrays.add(writes.stream().map(w -> w.policy().fromAt()).toArray(OffsetDateTime[]::new));
        arrays.add(writes.stream().map(w -> w.policy().toAt()).toArray(OffsetDateTime[]::new));
        for (int field = 0; field < Coverage.NAMES.size(); field++) {
            int index = field;
            arrays.add(writes.stream().map(w -> w.policy().coverage().values().get(index)).toArray(String[]::new));
        }
        arrays.add(writes.stream().map(PolicyWrite::contentHash).toArray(String[]::new));
        String sql = "INSERT INTO policy (insurance_no, person_index, driver_name_enc, register_no_enc, phone_enc, from_at, to_at,"
                + " people, peo_amt, goods_amt, car_percent, per_low, per_high, dead_amt, inj_amt, dis_amt, my_car_amt, comp_cd,"
                + " comp_name, content_hash)"
                + " SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[],"
                + " $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],"
                + " $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[])"
                + " ON CONFLICT (insurance_no) DO UPDATE SET person_index = EXCLUDED.person_index,"
                + " driver_name_enc = EXCLUDED.driver_name_enc, register_no_enc = EXCLUDED.register_no_enc,"
                + " phone_enc = EXCLUDED.phone_enc, from_at = EXCLUDED.from_at, to_at = EXCLUDED.to_at, people = EXCLUDED.people,"
                + " peo_amt = EXCLUDED.peo_amt, goods_amt = EXCLUDED.goods_amt, car_percent = EXCLUDED.car_percent,"
                + " per_low = EXCLUDED.per_low, per_high = EXCLUDED.per_high, dead_amt = EXCLUDED.dead_amt,"
                + " inj_amt = EXCLUDED.inj_amt, dis_amt = EXCLUDED.dis_amt, my_car_amt = EXCLUDED.my_car_amt,"
                + " comp_cd = EXCLUDED.comp_cd, comp_name = EXCLUDED.comp_name, content_hash = EXCLUDED.content_hash,"
                + " updated_at = now()"
                + " WHERE policy.content_hash <> EXCLUDED.content_hash"
                + " RETURNING (xmax = 0) AS inserted";
        return client.preparedQuery(sql).execute(Tuple.from(arrays)).map(rows -> {
            int inserted = 0;
            for (Row row : rows) {
                inserted += row.getBoolean("inserted") ? 1 : 0;
            }
            return new UpsertCounts(inserted, rows.size() - inserted);
        });
    }

    /** The policies of these persons that have not ended by {@code now}, by person, earliest start first. */
    public Uni<Map<String, List<StoredPolicy>>> notEndedOf(List<String> personIndexes, OffsetDateTime now) {
        return pool.preparedQuery("SELECT insurance_no, person_index, from_at, to_at, people, peo_amt, goods_amt, car_percent,"
                        + " per_low, per_high, dead_amt, inj_amt, dis_amt, my_car_amt, comp_cd, comp_name FROM policy"
                        + " WHERE person_index = ANY($1::text[]) AND to_at >= $2 ORDER BY person_index, from_at, insurance_no")
                .execute(Tuple.of(personIndexes.toArray(String[]::new), now))
                .map(rows -> {
                    Map<String, List<StoredPolicy>> byPerson = new LinkedHashMap<>();
                    for (Row row : rows) {
                        Coverage coverage = new Coverage(row.getString("people"), row.getString("peo_amt"), row.getString("goods_amt"),
                                row.getString("car_percent"), row.getString("per_low"), row.getString("per_high"),
                                row.getString("dead_amt"), row.getString("inj_amt"), row.getString("dis_amt"),
                                row.getString("my_car_amt"), row.getString("comp_cd"), row.getString("comp_name"));
                        byPerson.computeIfAbsent(row.getString("person_index"), p -> new ArrayList<>())
                                .add(new StoredPolicy(row.getString("insurance_no"), row.getString("person_index"),
                                        row.getOffsetDateTime("from_at"), row.getOffsetDateTime("to_at"), coverage));
                    }
                    return byPerson;
                });
    }
}
