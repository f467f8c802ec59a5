package kr.openapi.gateway.service.quota;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
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
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;

/**
 * The single-replica store: counters in memory (a call costs a compare-and-set), served out of reservations that
 * are written to PostgreSQL before the calls they cover (see {@link ReservedCounter}). A restart takes every
 * reservation it finds as spent, so a crash can leave a key up to one block of calls short but never lets it pass its
 * quota; a clean shutdown gives back what was reserved and not served. The next reservation is written while the
 * current one still lasts, so calls seldom wait for PostgreSQL; if it cannot be written when a key runs out, the
 * key's calls are refused with code 05 until it can.
 */
public class LocalQuotaStore implements QuotaStore {

    /** Longest a call waits for its reservation to be written before it is refused with 05. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    private final Map<QuotaSlot, ReservedCounter> counters = new ConcurrentHashMap<>();
    private final QuotaReservations reservations;
    private final Clock clock;
    private final Vertx vertx;
    private final long timerId;
    private volatile boolean closed;

    public LocalQuotaStore(Pool database, Vertx vertx, Clock clock) {
        this.reservations = QuotaReservations.setting(database);
        this.clock = clock;
        this.vertx = vertx;
        load(database, QuotaDay.today(clock));
        this.timerId = vertx.setPeriodic(Duration.ofMinutes(10).toMillis(), id -> forgetOldDays());
    }

    @Override
    public Future<QuotaDecision> acquire(String keyId, int limit, LocalDate day) {
        if (closed) {
            return Future.failedFuture(unavailable());
        }
        QuotaSlot slot = new QuotaSlot(keyId, day);
        ReservedCounter counter = counters.computeIfAbsent(slot, s -> new ReservedCounter(0));
        QuotaDecision decision = counter.tryTake(limit);
        if (decision == null) {
            return QuotaStore.within(vertx, reserve(slot, counter, limit), WAIT, LocalQuotaStore::unavailable)
                    .transform(written -> written.succeeded() ? acquire(keyId, limit, day) : Future.failedFuture(unavailable()));
        }
        if (decision.allowed() && counter.runningLow(limit)) {
            reserve(slot, counter, limit);
        }
        return Future.succeededFuture(decision);
    }

    /** Writes the key's next reservation (or joins the one being written) and raises the counter once committed. */
    private Future<Void> reserve(QuotaSlot slot, ReservedCounter counter, int limit) {
        synchronized (counter) {
            if (counter.pending != null) {
                return counter.pending;
            }
            // Never below what is already reserved: the row is set, not raised, and must not fall under it.
            int target = Math.max(counter.nextReservation(limit, System.nanoTime()), counter.reserved());
            if (target <= counter.reserved()) {
                return Future.succeededFuture();
            }
            Future<Void> write = reservations.set(slot.keyId(), slot.day(), target)
                    .onSuccess(done -> counter.raiseReservation(target))
                    .onFailure(e -> Log.warnf("Quota reservation of key %s not written: %s", slot.keyId(), e.getMessage()));
            counter.pending = write;
            write.onComplete(done -> {
                synchronized (counter) {
                    counter.pending = null;
                }
            });
            return write;
        }
    }

    @Override
    public Future<Map<String, Integer>> counts(LocalDate day, Collection<String> keyIds) {
        Map<String, Integer> result = new HashMap<>();
        for (String keyId : keyIds) {
            ReservedCounter counter = counters.get(new QuotaSlot(keyId, day));
            if (counter != null && counter.served() > 0) {
                result.put(keyId, counter.served());
            }
        }
        return Future.succeededFuture(result);
    }

    @Override
    public Future<Void> overwrite(String keyId, LocalDate day, int calls) {
        QuotaSlot slot = new QuotaSlot(keyId, day);
        ReservedCounter counter = counters.computeIfAbsent(slot, s -> new ReservedCounter(0));
        synchronized (counter) {
            // Queued after any reservation of the key: the correction is what PostgreSQL ends with.
            counter.correct(calls);
            return reservations.set(keyId, day, calls).onSuccess(done -> counter.raiseReservation(calls));
        }
    }

    /** Every count persisted for {@code day} is taken as served: a restart continues from them. Runs once, at start. */
    private void load(Pool database, LocalDate day) {
        for (Row row : database.preparedQuery("SELECT key_id, calls FROM quota_counter WHERE day = $1")
                .execute(Tuple.of(day)).await().atMost(Duration.ofSeconds(30))) {
            counters.put(new QuotaSlot(row.getString(0), day), new ReservedCounter(row.getInteger(1)));
        }
    }

    /** Lets go of days before yesterday (their counts stay in PostgreSQL). */
    public void forgetOldDays() {
        LocalDate yesterday = QuotaDay.today(clock).minusDays(1);
        counters.keySet().removeIf(slot -> slot.day().isBefore(yesterday));
    }

    /**
     * At shutdown: refuses further calls, then gives back every reservation not served, so that a clean restart
     * loses nothing. A write that fails leaves the larger reservation in place, which errs on the safe side.
     */
    public void close() {
        closed = true;
        vertx.cancelTimer(timerId);
        List<Future<Void>> writes = new ArrayList<>();
        counters.forEach((slot, counter) -> {
            synchronized (counter) {
                Future<Void> pending = counter.pending == null ? Future.succeededFuture() : counter.pending;
                writes.add(pending.transform(done -> {
                    int served = counter.returnReservation();
                    return reservations.set(slot.keyId(), slot.day(), served);
                }));
            }
        });
        try {
            Future.join(writes).toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            Log.warnf("Unserved quota reservations not all given back at shutdown: %s", e.getMessage());
        }
    }

    private static ApiException unavailable() {
        return new ApiException(ResultCode.SERVICETIME_OUT, "호출 한도 저장소에 연결할 수 없습니다", 503);
    }
}
