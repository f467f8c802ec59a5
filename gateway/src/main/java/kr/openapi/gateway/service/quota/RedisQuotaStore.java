package kr.openapi.gateway.service.quota;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * The store for several replicas: one Redis counter per key and day, checked and incremented atomically by a Lua
 * script (a refused call is not counted), expiring a day after the Korean day ends. Replicas together never serve
 * more than the quota.
 *
 * <p>Redis may lose its counters (the chart runs it without persistence): a count Redis hands out is served only
 * within what the gateways have reserved of the key's day in PostgreSQL ({@link SharedReservation}, written ahead of
 * use like the local store's, never lowered). A Redis that comes back empty has lost its marker key
 * {@code quota:epoch}: the script then counts nothing, and the first gateway to see it loads every counter of the
 * day back from those reservations (each taken as spent) before the marker is set again. So a Redis restart loses a
 * key at most one block per gateway, and never lets it pass its quota.
 *
 * <p>When Redis does not answer within {@code gateway.quota.redis-timeout}: {@code closed} refuses with code 05
 * (the default: a quota protects its upstream), {@code open} counts locally with an even share of the quota
 * (quota / replicas), which is not reserved: a Redis outage may then give a key up to that share more per gateway.
 * Requests never wait on a dead connection for longer than the timeout.
 */
public class RedisQuotaStore implements QuotaStore {

    /** The marker of a Redis that holds the day's counters (gone when Redis restarted empty). */
    public static final String EPOCH = "quota:epoch";

    /**
     * KEYS[1] counter, KEYS[2] the epoch marker; ARGV[1] limit; ARGV[2] expiry (unix seconds). Returns the new count,
     * -(count+1) if full, or nothing when the counters must be loaded back first.
     */
    static final String ACQUIRE = """
            if redis.call('EXISTS', KEYS[2]) == 0 then return false end
            local used = tonumber(redis.call('GET', KEYS[1]) or '0')
            if used >= tonumber(ARGV[1]) then return -(used + 1) end
            used = redis.call('INCR', KEYS[1])
            if used == 1 then redis.call('EXPIREAT', KEYS[1], ARGV[2]) end
            return used""";

    /** KEYS: counters; ARGV[1] expiry, ARGV[2..]: their reservations. Raises each counter to its reservation. */
    static final String RELOAD = """
            for i, key in ipairs(KEYS) do
              local reserved = tonumber(ARGV[i + 1])
              if tonumber(redis.call('GET', key) or '0') < reserved then
                redis.call('SET', key, reserved, 'EXAT', ARGV[1])
              end
            end
            return #KEYS""";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private record Slot(String keyId, LocalDate day) {
    }

    private final RedisAPI redis;
    private final Pool database;
    private final QuotaReservations reservations;
    private final Vertx vertx;
    private final GatewayConfig.Quota config;
    private final Map<Slot, SharedReservation> reserved = new ConcurrentHashMap<>();
    private final InMemoryCounters fallback = new InMemoryCounters();
    private final AtomicBoolean degraded = new AtomicBoolean();
    private final AtomicReference<Future<Void>> reloading = new AtomicReference<>();

    public RedisQuotaStore(RedisAPI redis, Pool database, Vertx vertx, GatewayConfig.Quota config) {
        this.redis = redis;
        this.database = database;
        this.reservations = QuotaReservations.raising(database);
        this.vertx = vertx;
        this.config = config;
    }

    /** The Redis key of a counter, as operators see it in redis-cli: {@code quota:<keyId>:<yyyyMMdd>}. */
    public static String counterKey(String keyId, LocalDate day) {
        return "quota:" + keyId + ":" + DAY.format(day);
    }

    private static long expiry(LocalDate day) {
        return day.plusDays(2).atStartOfDay(QuotaDay.ZONE).toEpochSecond();
    }

    @Override
    public Future<QuotaDecision> acquire(String keyId, int limit, LocalDate day) {
        Future<Response> call = redis.eval(List.of(ACQUIRE, "2", counterKey(keyId, day), EPOCH, Integer.toString(limit),
                Long.toString(expiry(day))));
        return withTimeout(call).compose(response -> {
            recovered();
            if (response == null) {
                return reload(day).compose(done -> acquire(keyId, limit, day), failure -> whenRedisFails(failure, keyId, limit, day));
            }
            long result = response.toLong();
            if (result < 0) {
                return Future.succeededFuture(new QuotaDecision(false, limit, (int) (-result - 1)));
            }
            return withinReservation(new Slot(keyId, day), (int) result, limit);
        }, failure -> whenRedisFails(failure, keyId, limit, day));
    }

    /** Serves count {@code used} once the gateways' reservation covers it (raising it first when it does not). */
    private Future<QuotaDecision> withinReservation(Slot slot, int used, int limit) {
        SharedReservation reservation = reserved.computeIfAbsent(slot, s -> new SharedReservation());
        QuotaDecision served = new QuotaDecision(true, limit, used);
        int covered = reservation.reserved();
        if (used <= covered) {
            if (covered < limit && reservation.block.runningLow(covered - used)) {
                synchronized (reservation) {
                    if (reservation.pending == null) {
                        startRaise(slot, reservation, used, limit);
                    }
                }
            }
            return Future.succeededFuture(served);
        }
        // Counted in Redis but not served when the reservation cannot be written: a key may lose a call, never gain one.
        return cover(slot, reservation, used, limit).transform(written -> written.succeeded()
                ? Future.succeededFuture(served) : Future.failedFuture(unavailable()));
    }

    /** Completes once the reservation covers {@code used}: joins the raise being written, or starts one. */
    private Future<Void> cover(Slot slot, SharedReservation reservation, int used, int limit) {
        if (used <= reservation.reserved()) {
            return Future.succeededFuture();
        }
        Future<Integer> pending;
        synchronized (reservation) {
            pending = reservation.pending != null ? reservation.pending : startRaise(slot, reservation, used, limit);
        }
        return pending.transform(written -> written.succeeded()
                ? cover(slot, reservation, used, limit) : Future.failedFuture(written.cause()));
    }

    /** Raises the reservation to {@code used} plus a block; called holding the reservation's lock. */
    private Future<Integer> startRaise(Slot slot, SharedReservation reservation, int used, int limit) {
        int target = (int) Math.min(limit, (long) used + reservation.block.next(used, limit, System.nanoTime()));
        Future<Integer> write = reservations.raise(slot.keyId(), slot.day(), Math.max(target, used))
                .onSuccess(reservation::learn)
                .onFailure(e -> Log.warnf("Quota reservation of key %s not written: %s", slot.keyId(), e.getMessage()));
        reservation.pending = write;
        write.onComplete(done -> {
            synchronized (reservation) {
                if (reservation.pending == write) {
                    reservation.pending = null;
                }
            }
        });
        return write;
    }

    /**
     * Loads the day's counters back from the reservations in PostgreSQL into a Redis that lost them, then sets the
     * marker. One load at a time per gateway; several gateways loading together write the same values.
     */
    private Future<Void> reload(LocalDate day) {
        Promise<Void> mine = Promise.promise();
        Future<Void> running = reloading.compareAndExchange(null, mine.future());
        if (running != null) {
            return running;
        }
        Log.warn("Redis has no quota counters (restarted without persistence): loading them back from PostgreSQL");
        Future.fromCompletionStage(database.preparedQuery("SELECT key_id, calls FROM quota_counter WHERE day = $1")
                        .execute(Tuple.of(day)).subscribeAsCompletionStage())
                .compose(rows -> {
                    List<String> keys = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    for (Row row : rows) {
                        keys.add(counterKey(row.getString(0), day));
                        values.add(Integer.toString(row.getInteger(1)));
                    }
                    return reloadInChunks(keys, values, day, 0);
                })
                .compose(done -> withTimeout(redis.set(List.of(EPOCH, "1"))))
                .onComplete(done -> {
                    reloading.set(null);
                    if (done.succeeded()) {
                        Log.info("Quota counters loaded back into Redis");
                        mine.complete();
                    } else {
                        mine.fail(done.cause());
                    }
                });
        return mine.future();
    }

    private Future<Void> reloadInChunks(List<String> keys, List<String> values, LocalDate day, int from) {
        if (from >= keys.size()) {
            return Future.succeededFuture();
        }
        int to = Math.min(keys.size(), from + 1000);
        List<String> args = new ArrayList<>();
        args.add(RELOAD);
        args.add(Integer.toString(to - from));
        args.addAll(keys.subList(from, to));
        args.add(Long.toString(expiry(day)));
        args.addAll(values.subList(from, to));
        return withTimeout(redis.eval(args)).compose(done -> reloadInChunks(keys, values, day, to));
    }

    @Override
    public Future<Map<String, Integer>> counts(LocalDate day, Collection<String> keyIds) {
        if (keyIds.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        List<String> ids = new ArrayList<>(keyIds);
        return withTimeout(redis.mget(ids.stream().map(id -> counterKey(id, day)).toList())).map(response -> {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Response value = response.get(i);
                if (value != null) {
                    counts.put(ids.get(i), value.toInteger());
                }
            }
            return counts;
        });
    }

    @Override
    public Future<Void> overwrite(String keyId, LocalDate day, int calls) {
        return withTimeout(redis.set(List.of(counterKey(keyId, day), Integer.toString(calls), "EXAT", Long.toString(expiry(day)))))
                .mapEmpty();
    }

    private Future<QuotaDecision> whenRedisFails(Throwable failure, String keyId, int limit, LocalDate day) {
        if (failure instanceof ApiException refusal) {
            return Future.failedFuture(refusal);
        }
        if (degraded.compareAndSet(false, true)) {
            Log.errorf("Redis quota store unreachable (%s): failing %s", failure.getMessage(),
                    config.redisFailure() == GatewayConfig.RedisFailure.CLOSED ? "closed (code 05)" : "open with a local share");
        }
        if (config.redisFailure() == GatewayConfig.RedisFailure.CLOSED) {
            return Future.failedFuture(unavailable());
        }
        int share = Math.max(1, (int) Math.ceil((double) limit / config.replicas()));
        QuotaDecision local = fallback.acquire(keyId, share, day);
        return Future.succeededFuture(new QuotaDecision(local.allowed(), limit, local.used()));
    }

    private static ApiException unavailable() {
        return new ApiException(ResultCode.SERVICETIME_OUT, "호출 한도 저장소에 연결할 수 없습니다", 503);
    }

    private void recovered() {
        if (degraded.compareAndSet(true, false)) {
            Log.info("Redis quota store reachable again");
        }
    }

    /** Fails the call after {@code redis-timeout}: a dead Redis must not hold requests. */
    private <T> Future<T> withTimeout(Future<T> call) {
        Duration timeout = config.redisTimeout();
        Promise<T> promise = Promise.promise();
        long timer = vertx.setTimer(timeout.toMillis(), id -> promise.tryFail(new TimeoutException("Redis did not answer in " + timeout.toMillis() + " ms")));
        call.onComplete(result -> {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                promise.tryComplete(result.result());
            } else {
                promise.tryFail(result.cause());
            }
        });
        return promise.future();
    }
}
