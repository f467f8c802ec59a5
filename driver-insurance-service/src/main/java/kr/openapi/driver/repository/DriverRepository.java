package kr.openapi.driver.repository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Drivers, their consent, and the audit trail. Batches are one statement each ({@code unnest} of arrays), so a
 * thousand-driver call is a few round trips, not a thousand.
 */
@ApplicationScoped
public class DriverRepository {

    private final Pool pool;

    public DriverRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts the drivers a company does not have yet; answers the person indexes that were new. */
    public Uni<Set<String>> insertNew(SqlClient client, String clientKey, String bizCode, String bizName, OffsetDateTime at,
                                      List<NewDriver> drivers) {
        String sql = "INSERT INTO driver (client_key, biz_code, biz_name, registered_at, driver_name, register_no_enc, phone_enc,"
                + " person_index, register_no_index, birth_index, phone_index, consent_token_hash, consent_token_enc)"
                + " SELECT $1, $2, $3, $4, d.* FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[],"
                + " $10::text[], $11::text[], $12::text[], $13::text[]) AS d"
                + " ON CONFLICT (client_key, biz_code, person_index) DO NOTHING RETURNING person_index";
        List<Object> values = new ArrayList<>(List.of(clientKey, bizCode, bizName == null ? "" : bizName, at));
        values.add(column(drivers, NewDriver::driverName));
        values.add(column(drivers, NewDriver::registerNoEnc));
        values.add(column(drivers, NewDriver::phoneEnc));
        values.add(column(drivers, NewDriver::personIndex));
        values.add(column(drivers, NewDriver::registerNoIndex));
        values.add(column(drivers, NewDriver::birthIndex));
        values.add(column(drivers, NewDriver::phoneIndex));
        values.add(column(drivers, NewDriver::consentTokenHash));
        values.add(column(drivers, NewDriver::consentTokenEnc));
        return client.preparedQuery(sql).execute(Tuple.from(values)).map(rows -> strings(rows, "person_index"));
    }

    /** Deletes (and so erases) the company's drivers among these persons; answers the ones that existed. */
    public Uni<Set<String>> delete(SqlClient client, String clientKey, String bizCode, List<String> personIndexes) {
        return client.preparedQuery("DELETE FROM driver WHERE client_key = $1 AND biz_code = $2 AND person_index = ANY($3::text[])"
                        + " RETURNING person_index")
                .execute(Tuple.of(clientKey, bizCode, personIndexes.toArray(String[]::new)))
                .map(rows -> strings(rows, "person_index"));
    }

    /** The consent state ({@code agree_yn}) of the company's drivers among these persons, by person index. */
    public Uni<Map<String, String>> consentOf(String clientKey, String bizCode, List<String> personIndexes) {
        return pool.preparedQuery("SELECT person_index, agree_yn FROM driver WHERE client_key = $1 AND biz_code = $2"
                        + " AND person_index = ANY($3::text[])")
                .execute(Tuple.of(clientKey, bizCode, personIndexes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> states = new HashMap<>();
                    rows.forEach(row -> states.put(row.getString("person_index"), row.getString("agree_yn")));
                    return states;
                });
    }

    public Uni<Long> count(DriverCriteria criteria) {
        return pool.preparedQuery("SELECT count(*) FROM driver" + where())
                .execute(Tuple.from(filters(criteria)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A page by registration, newest first ({@code orderType} 1); {@code limit} null for all. */
    public Uni<List<StoredDriver>> newestFirst(DriverCriteria criteria, Integer limit, long offset) {
        List<Object> values = filters(criteria);
        values.add(limit);
        values.add(offset);
        return pool.preparedQuery("SELECT driver_id, driver_name, register_no_enc, phone_enc, agree_yn, agree_date, registered_at"
                        + " FROM driver" + where() + " ORDER BY registered_at DESC, driver_id DESC LIMIT $10 OFFSET $11")
                .execute(Tuple.from(values))
                .map(DriverRepository::storedDrivers);
    }

    private static String where() {
        return " WHERE client_key = $1 AND biz_code = $2 AND ($3::text IS NULL OR agree_yn = $3)"
                + " AND ($4::timestamptz IS NULL OR registered_at >= $4) AND ($5::timestamptz IS NULL OR registered_at < $5)"
                + " AND ($6::text IS NULL OR driver_name = $6) AND ($7::text IS NULL OR birth_index = $7)"
                + " AND ($8::text IS NULL OR register_no_index = $8) AND ($9::text IS NULL OR phone_index = $9)";
    }

    private static List<Object> filters(DriverCriteria c) {
        return new ArrayList<>(Arrays.asList(c.clientKey(), c.bizCode(), c.agreeYn(), c.registeredFrom(), c.registeredBefore(),
                c.driverName(), c.birthIndex(), c.registerNoIndex(), c.phoneIndex()));
    }

    public Uni<ConsentSubject> byConsentToken(String tokenHash) {
        return pool.preparedQuery("SELECT driver_id, client_key, biz_code, biz_name, driver_name, person_index, agree_yn, agree_date"
                        + " FROM driver WHERE consent_token_hash = $1")
                .execute(Tuple.of(tokenHash))
                .map(rows -> rows.size() == 0 ? null : consentSubject(rows.iterator().next()));
    }

    /** Records the driver's decision ({@code Y} or {@code C}) and its time; answers the driver, or null if gone. */
    public Uni<ConsentSubject> decide(SqlClient client, String tokenHash, String agreeYn, OffsetDateTime at) {
        return client.preparedQuery("UPDATE driver SET agree_yn = $2, agree_date = $3 WHERE consent_token_hash = $1"
                        + " RETURNING driver_id, client_key, biz_code, biz_name, driver_name, person_index, agree_yn, agree_date")
                .execute(Tuple.of(tokenHash, agreeYn, at))
                .map(rows -> rows.size() == 0 ? null : consentSubject(rows.iterator().next()));
    }

    public Multi<ConsentRequestRow> consentRequests(String bizCode, String agreeYn, int limit) {
        return pool.preparedQuery("SELECT driver_id, biz_code, driver_name, agree_yn, consent_token_enc FROM driver"
                        + " WHERE ($1::text IS NULL OR biz_code = $1) AND ($2::text IS NULL OR agree_yn = $2)"
                        + " ORDER BY registered_at DESC, driver_id DESC LIMIT $3")
                .execute(Tuple.of(bizCode, agreeYn, limit))
                .onItem().transformToMulti(RowSet::toMulti)
                .map(row -> new ConsentRequestRow(row.getLong("driver_id"), row.getString("biz_code"), row.getString("driver_name"),
                        row.getString("agree_yn"), row.getString("consent_token_enc")));
    }

    /** The audit trail keeps who did what to which person (as its blind index only), after the driver is erased. */
    public Uni<Void> audit(SqlClient client, String clientKey, String bizCode, String action, String bizSeqNo,
                           List<String> personIndexes) {
        if (personIndexes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery("INSERT INTO driver_audit (client_key, biz_code, action, biz_seq_no, person_index)"
                        + " SELECT $1, $2, $3, $4, p FROM unnest($5::text[]) AS p")
                .execute(Tuple.of(clientKey, bizCode, action, bizSeqNo, personIndexes.toArray(String[]::new)))
                .replaceWithVoid();
    }

    private static ConsentSubject consentSubject(Row row) {
        return new ConsentSubject(row.getLong("driver_id"), row.getString("client_key"), row.getString("biz_code"),
                row.getString("biz_name"), row.getString("driver_name"), row.getString("person_index"), row.getString("agree_yn"),
                row.getOffsetDateTime("agree_date"));
    }

    private static List<StoredDriver> storedDrivers(RowSet<Row> rows) {
        List<StoredDriver> drivers = new ArrayList<>(rows.size());
        rows.forEach(row -> drivers.add(new StoredDriver(row.getLong("driver_id"), row.getString("driver_name"),
                row.getString("register_no_enc"), row.getString("phone_enc"), row.getString("agree_yn"),
                row.getOffsetDateTime("agree_date"), row.getOffsetDateTime("registered_at"))));
        return drivers;
    }

    private static Set<String> strings(RowSet<Row> rows, String column) {
        Set<String> values = new HashSet<>();
        rows.forEach(row -> values.add(row.getString(column)));
        return values;
    }

    private static String[] column(List<NewDriver> drivers, Function<NewDriver, String> field) {
        return drivers.stream().map(field).toArray(String[]::new);
    }
}
