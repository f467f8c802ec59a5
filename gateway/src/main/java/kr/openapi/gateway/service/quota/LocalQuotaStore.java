package kr.openapi.gateway.service.quota;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-replica store: counters in memory (a call costs a compare-and-set), written to PostgreSQL every
 * {@code gateway.quota.flush-interval} and on shutdown, and read back at start. A crash loses at most one interval
 * of counts.
 */
public class LocalQuotaStore implements QuotaStore {

    private final InMemoryCounters counters = new InMemoryCounters();
    private final Map<InMemoryCounters.Slot, Integer> flushed = new ConcurrentHashMap<>();
    private final Pool database;
    private final Clock clock;
    private final long timerId;
    private final Vertx vertx;

    public LocalQuotaStore(Pool database, Vertx vertx, Duration flushInterval, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.vertx = vertx;
        load(QuotaDay.today(clock));
        this.timerId = vertx.setPeriodic(flushInterval.toMillis(), id -> flush().subscribe().with(n -> { }, e -> { }));
    }

    @Override
    public Future<QuotaDecision> acquire(String keyId, int limit, LocalDate day) {
        return Future.succeededFuture(counters.acquire(keyId, limit, day));
    }

    @Override
    public Future<Map<String, Integer>> counts(LocalDate day, Collection<String> keyIds) {
        Map<String, Integer> result = new HashMap<>();
        for (String keyId : keyIds) {
            int used = counters.get(keyId, day);
            if (used > 0) {
                result.put(keyId, used);
            }
        }
        return Future.succeededFuture(result);
    }

    @Override
    public Future<Void> overwrite(String keyId, LocalDate day, int calls) {
        counters.set(keyId, day, calls);
        return Future.succeededFuture();
    }

    /** Counts persisted for {@code day} (a restart continues from them). Blocks: runs once, at start. */
    private void load(LocalDate day) {
        for (Row row : database.preparedQuery("SELECT key_id, calls FROM quota_counter WHERE day = $1")
                .execute(Tuple.of(day)).await().atMost(Duration.ofSeconds(30))) {
            counters.raise(row.getString(0), day, row.getInteger(1));
            flushed.put(new InMemoryCounters.Slot(row.getString(0), day), row.getInteger(1));
        }
    }

    /** Writes the counters that changed since the last flush. */
    public Uni<Integer> flush() {
        List<Tuple> changed = new ArrayList<>();
        Map<InMemoryCounters.Slot, Integer> written = new HashMap<>();
        counters.all().forEach((slot, counter) -> {
            int calls = counter.get();
            if (!Integer.valueOf(calls).equals(flushed.get(slot))) {
                changed.add(Tuple.of(slot.keyId(), slot.day(), calls));
                written.put(slot, calls);
            }
        });
        if (changed.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Uni<Integer> write = database.preparedQuery("""
                        INSERT INTO quota_counter (key_id, day, calls, updated_at) VALUES ($1, $2, $3, now())
                        ON CONFLICT (key_id, day) DO UPDATE SET calls = EXCLUDED.calls, updated_at = now()""")
                .executeBatch(changed)
                .map(done -> {
                    flushed.putAll(written);
                    LocalDate yesterday = QuotaDay.today(clock).minusDays(1);
                    counters.forgetBefore(yesterday);
                    flushed.keySet().removeIf(slot -> slot.day().isBefore(yesterday));
                    return changed.size();
                });
        return write.onFailure().invoke(e -> Log.warnf("Quota counts not persisted yet (will retry): %s", e.getMessage()));
    }

    /** Stops the timer and writes what is left; called at shutdown. */
    public void close() {
        vertx.cancelTimer(timerId);
        flush().await().atMost(Duration.ofSeconds(10));
    }
}
