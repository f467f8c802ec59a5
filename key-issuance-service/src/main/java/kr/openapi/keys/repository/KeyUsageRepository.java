package kr.openapi.keys.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Daily call counts per key, reported by the gateway. Plain SQL: these are counters, not entities. */
@ApplicationScoped
public class KeyUsageRepository {

    private final Pool pool;

    public KeyUsageRepository(Pool pool) {
        this.pool = pool;
    }

    public record DailyCalls(long keyId, LocalDate day, int calls) {
    }

    /**
     * Stores reported totals. A report is the gateway's total so far for that key and day, so the larger value wins:
     * a repeated or late report never lowers a count, and retries are harmless.
     */
    public Uni<Integer> record(Collection<DailyCalls> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Tuple> rows = reports.stream().map(r -> Tuple.of(r.keyId(), r.day(), r.calls())).toList();
        return pool.preparedQuery("""
                        INSERT INTO key_usage_daily (key_id, day, calls)
                        SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM service_key WHERE id = $1)
                        ON CONFLICT (key_id, day) DO UPDATE SET calls = GREATEST(key_usage_daily.calls, EXCLUDED.calls)""")
                .executeBatch(rows)
                .map(result -> {
                    int stored = 0;
                    for (var r = result; r != null; r = r.next()) {
                        stored += r.rowCount();
                    }
                    return stored;
                });
    }

    /** Calls on {@code day} for each of {@code keyIds} (keys without calls are absent). */
    public Uni<Map<Long, Integer>> callsOn(LocalDate day, Collection<Long> keyIds) {
        if (keyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("SELECT key_id, calls FROM key_usage_daily WHERE day = $1 AND key_id = ANY($2)")
                .execute(Tuple.of(day, keyIds.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, Integer> calls = new HashMap<>();
                    for (Row row : rows) {
                        calls.put(row.getLong(0), row.getInteger(1));
                    }
                    return calls;
                });
    }

    /** Daily calls of one key from {@code from} to {@code to} inclusive, oldest first. */
    public Uni<List<DailyCalls>> history(long keyId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("SELECT key_id, day, calls FROM key_usage_daily WHERE key_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day")
                .execute(Tuple.of(keyId, from, to))
                .map(rows -> {
                    List<DailyCalls> history = new java.util.ArrayList<>();
                    for (Row row : rows) {
                        history.add(new DailyCalls(row.getLong(0), row.getLocalDate(1), row.getInteger(2)));
                    }
                    return history;
                });
    }
}
