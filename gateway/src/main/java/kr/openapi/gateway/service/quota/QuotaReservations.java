package kr.openapi.gateway.service.quota;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes quota counts to PostgreSQL ({@code quota_counter.calls}) in the order they were asked for, many in one
 * transaction: while one batch is being written the next ones queue up, so a burst of reservations from many keys
 * costs one commit, and a count written later always lands after one written earlier.
 */
final class QuotaReservations {

    private record Write(String keyId, LocalDate day, int calls, Promise<Void> done) {
    }

    private static final String UPSERT = """
            INSERT INTO quota_counter (key_id, day, calls, updated_at) VALUES ($1, $2, $3, now())
            ON CONFLICT (key_id, day) DO UPDATE SET calls = EXCLUDED.calls, updated_at = now()""";

    private final Pool database;
    private final Queue<Write> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    QuotaReservations(Pool database) {
        this.database = database;
    }

    /** Sets the key's count for the day; the future completes once it is committed. */
    Future<Void> write(String keyId, LocalDate day, int calls) {
        Promise<Void> done = Promise.promise();
        queue.add(new Write(keyId, day, calls, done));
        drain();
        return done.future();
    }

    private void drain() {
        if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        List<Write> batch = new ArrayList<>();
        for (Write write; (write = queue.poll()) != null; ) {
            batch.add(write);
        }
        List<Tuple> rows = batch.stream().map(write -> Tuple.of(write.keyId(), write.day(), write.calls())).toList();
        database.withTransaction(connection -> connection.preparedQuery(UPSERT).executeBatch(rows))
                .subscribe().with(done -> finish(batch, null), failure -> finish(batch, failure));
    }

    private void finish(List<Write> batch, Throwable failure) {
        writing.set(false);
        for (Write write : batch) {
            if (failure == null) {
                write.done().complete();
            } else {
                write.done().fail(failure);
            }
        }
        drain();
    }
}
