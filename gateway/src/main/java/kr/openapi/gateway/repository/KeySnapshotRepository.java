package kr.openapi.gateway.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kr.openapi.gateway.client.KeyFeedPage.FeedKey;

/**
 * The gateway's copy of the key feed in its own database: the keys as the feed gave them (hashes, never values)
 * and the cursor they stand at, always written together in one transaction, so the copy is never ahead of itself.
 */
@Singleton
public class KeySnapshotRepository {

    /** A saved copy: its keys, its cursor, and when it was last known to be in step with the feed. */
    public record Saved(List<FeedKey> keys, String cursor, Instant savedAt) {
    }

    private static final String UPSERT = """
            INSERT INTO key_snapshot (key_id, key_hash, product, member_id, status, issued_on, expires_on, access_ips, daily_quota)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (key_id) DO UPDATE SET key_hash = EXCLUDED.key_hash, product = EXCLUDED.product,
                member_id = EXCLUDED.member_id, status = EXCLUDED.status, issued_on = EXCLUDED.issued_on,
                expires_on = EXCLUDED.expires_on, access_ips = EXCLUDED.access_ips, daily_quota = EXCLUDED.daily_quota""";

    private final Pool database;

    public KeySnapshotRepository(Pool database) {
        this.database = database;
    }

    /**
     * Writes changed keys and the cursor they bring the copy to; with {@code complete} the keys are the whole feed
     * (a snapshot) and every other key is dropped.
     */
    public Uni<Void> save(Collection<FeedKey> keys, boolean complete, String cursor) {
        List<Tuple> rows = keys.stream().map(KeySnapshotRepository::row).toList();
        return database.withTransaction(connection -> (complete ? connection.query("DELETE FROM key_snapshot").execute()
                        : Uni.createFrom().<RowSet<Row>>nullItem())
                .chain(() -> rows.isEmpty() ? Uni.createFrom().nullItem() : connection.preparedQuery(UPSERT).executeBatch(rows))
                .chain(() -> saveCursor(connection, cursor)))
                .replaceWithVoid();
    }

    /** The saved copy, or {@code null} when none was ever saved. */
    public Uni<Saved> load() {
        return database.withTransaction(connection -> connection.query("SELECT cursor, saved_at FROM key_feed_cursor WHERE id = 1")
                .execute().chain(cursors -> {
                    if (cursors.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row cursor = cursors.iterator().next();
                    return connection.query("SELECT key_id, key_hash, product, member_id, status, issued_on, expires_on,"
                                    + " access_ips, daily_quota FROM key_snapshot").execute()
                            .map(rows -> {
                                List<FeedKey> keys = new ArrayList<>();
                                rows.forEach(row -> keys.add(new FeedKey(row.getString(0), row.getString(1), row.getString(2),
                                        row.getString(3), row.getString(4), row.getLocalDate(5), row.getLocalDate(6),
                                        List.of(row.getArrayOfStrings(7)), row.getInteger(8))));
                                return new Saved(keys, cursor.getString(0), cursor.getOffsetDateTime(1).toInstant());
                            });
                }));
    }

    private static Uni<RowSet<Row>> saveCursor(SqlConnection connection, String cursor) {
        return connection.preparedQuery("""
                        INSERT INTO key_feed_cursor (id, cursor, saved_at) VALUES (1, $1, $2)
                        ON CONFLICT (id) DO UPDATE SET cursor = EXCLUDED.cursor, saved_at = EXCLUDED.saved_at""")
                .execute(Tuple.of(cursor, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private static Tuple row(FeedKey key) {
        return Tuple.from(new Object[] {key.keyId(), key.keyHash(), key.product(), key.memberId(), key.status(),
                key.issuedOn(), key.expiresOn(), key.accessIps().toArray(String[]::new), key.dailyQuota()});
    }
}
