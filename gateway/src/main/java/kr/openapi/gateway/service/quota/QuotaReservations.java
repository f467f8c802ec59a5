package kr.openapi.gateway.service.quota;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes quota reservations to PostgreSQL ({@code quota_counter.calls}) in the order they were asked for, many in
 * one transaction: while one batch is being written the next ones queue up, so a burst of reservations from many
 * keys costs one commit, and a count written later always lands after one written earlier.
 *
 * <p>Two kinds: {@link #set} (the local store, the only writer of its rows: it also lowers them, to give back
 * what was not served) and {@link #raise} (gateways sharing Redis: each raises the row to at least what it needs,
 * and learns what all of them reserved).
 */
final class QuotaReservations {

    private record Write(String keyId, LocalDate day, int calls, Promise<Integer> done) {
    }

    private final Pool database;
    private final String upsert;
    private final boolean raising;
    private final Queue<Write> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    private QuotaReservations(Pool database, String change, boolean raising) {
        this.database = database;
        this.raising = raising;
        this.upsert = """
                INSERT INTO quota_counter (key_id, day, calls, updated_at) VALUES ($1, $2, $3, now())
                ON CONFLICT (key_id, day) DO UPDATE SET calls = %s, updated_at = now() RETURNING calls""".formatted(change);
    }

    /** Writes that set the count. */
    static QuotaReservations setting(Pool database) {
        return new QuotaReservations(database, "EXCLUDED.calls", false);
    }

    /** Writes that never lower the count. */
    static QuotaReservations raising(Pool database) {
        return new QuotaReservations(database, "GREATEST(quota_counter.calls, EXCLUDED.calls)", true);
    }

    /** Sets the key's count for the day; the future completes once it is committed. */
    Future<Void> set(String keyId, LocalDate day, int calls) {
        return write(keyId, day, calls).mapEmpty();
    }

    /** Raises the key's count for the day to at least {@code calls}; the future has the count stored. */
    Future<Integer> raise(String keyId, LocalDate day, int calls) {
        return write(keyId, day, calls);
    }

    private Future<Integer> write(String keyId, LocalDate day, int calls) {
        Promise<Integer> done = Promise.promise();
        queue.add(new Write(keyId, day, calls, done));
        drain();
        return done.future();
    }

    private void drain() {
        if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        // One statement per row, rows in one order for every gateway (no deadlock between their batches); several
        // writes of one row become the last one (set) or the largest (raise), as they would have ended.
        Map<QuotaSlot, Integer> values = new TreeMap<>(Comparator.comparing(QuotaSlot::keyId).thenComparing(QuotaSlot::day));
        List<Write> batch = new ArrayList<>();
        for (Write write; (write = queue.poll()) != null; ) {
            batch.add(write);
            values.merge(new QuotaSlot(write.keyId(), write.day()), write.calls(), raising ? Math::max : (earlier, later) -> later);
        }
        if (batch.isEmpty()) {
            writing.set(false);
            drain();
            return;
        }
        List<Tuple> rows = values.entrySet().stream()
                .map(entry -> Tuple.of(entry.getKey().keyId(), entry.getKey().day(), entry.getValue())).toList();
        database.withTransaction(connection -> connection.preparedQuery(upsert).executeBatch(rows))
                .subscribe().with(stored -> finish(batch, values.keySet(), stored, null), failure -> finish(batch, values.keySet(), null, failure));
    }

    /** Completes each write with its row's stored count (executeBatch chains one row set per statement). */
    private void finish(List<Write> batch, Collection<QuotaSlot> order, RowSet<Row> stored, Throwable failure) {
        writing.set(false);
        Map<QuotaSlot, Integer> counts = new HashMap<>();
        RowSet<Row> result = stored;
        for (QuotaSlot row : order) {
            if (failure == null) {
                counts.put(row, result.iterator().next().getInteger(0));
                result = result.next();
            }
        }
        for (Write write : batch) {
            if (failure != null) {
                write.done().fail(failure);
            } else {
                write.done().complete(counts.get(new QuotaSlot(write.keyId(), write.day())));
            }
        }
        drain();
    }
}
