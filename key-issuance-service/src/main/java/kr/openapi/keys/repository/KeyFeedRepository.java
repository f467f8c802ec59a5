package kr.openapi.keys.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads key records for the gateway's feed straight from SQL, without entities: a snapshot can hold hundreds of
 * thousands of keys and must be served in well under a second.
 */
@ApplicationScoped
public class KeyFeedRepository {

    private final Pool pool;

    public KeyFeedRepository(Pool pool) {
        this.pool = pool;
    }

    /** What the gateway needs of one key. */
    public record KeyRecord(long keyId, String keyHash, String product, long memberId, String status,
                            LocalDate issuedOn, LocalDate expiresOn, String accessIps, int dailyQuota, long changeSeq) {
    }

    /** Keys changed after {@code since} (every key when {@code since} is 0), in change order, at most {@code limit}. */
    public Uni<List<KeyRecord>> changedSince(long since, int limit) {
        return pool.preparedQuery("""
                        SELECT id, key_hash, product_code, member_id, status, issued_on, expires_on, access_ips, daily_quota, change_seq
                        FROM service_key WHERE change_seq > $1 ORDER BY change_seq LIMIT $2""")
                .execute(Tuple.of(since, limit))
                .map(rows -> {
                    List<KeyRecord> records = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        records.add(new KeyRecord(row.getLong(0), row.getString(1), row.getString(2), row.getLong(3),
                                row.getString(4), row.getLocalDate(5), row.getLocalDate(6), row.getString(7),
                                row.getInteger(8), row.getLong(9)));
                    }
                    return records;
                });
    }
}
