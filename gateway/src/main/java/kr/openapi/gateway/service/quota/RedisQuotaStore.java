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
import java.time.Clock;
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
 * {@code quota:epoch}: the script then counts nothing, and the first gateway to see it loads the counters of today and
 * yesterday back from those reservations (each taken as spent), in one script that also sets the marker again. A
 * count is served only within {@link #SERVE_WINDOW} of asking Redis for it, and the load waits that long before
 * reading the reservations: every count the lost Redis handed out is then either covered by what is read, or not
 * served. So a Redis restart loses a key at most one block per gateway, and never lets it pass its quota.
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

    /**
     * KEYS: the marker, then counters; ARGV: for each counter its reservation and expiry. Raises each counter to its
     * reservation, then sets the marker: one script, so a Redis that restarts again meanwhile gets all or nothing.
     */
    static final String RELOAD = """
            for i = 2, #KEYS do
              local reserved = tonumber(ARGV[2 * i - 3])
              if tonumber(redis.call('GET', KEYS[i]) or '0') < reserved then
                redis.call('SET', KEYS[i], reserved, 'EXAT', ARGV[2 * i - 2])
              end
            end
            redis.call('SET', KEYS[1], '1')
            return #KEYS - 1""";

    /** A count Redis hands out is served only this soon after asking for it (see the class comment). */
    static final Duration SERVE_WINDOW = Duration.ofSeconds(2);

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RedisAPI redis;
    private final Pool database;
    private final QuotaReservations reservations;
    private final Vertx vertx;
    private final GatewayConfig.Quota config;
    private final Map<QuotaSlot, SharedReservation> reserved = new ConcurrentHashMap<>();
    private final InMemoryCounters fallback = new InMemoryCounters();
    private final AtomicBoolean degraded = new AtomicBoolean();
    private final AtomicReference<Future<Void>> reloading = new AtomicReference<>();

    public RedisQuotaStore(RedisAPI redis, Pool database, Vertx vertx, GatewayConfig.Quota config) {
        this.redis = redis;
        this.database = database;
        this.reservations = QuotaReservations.raising(database);
        this.vertx = vertx;
        this.config = config;
        vertx.setPeriodic(Duration.ofMinutes(10).toMillis(), id -> forgetOldDays());
    }

    /** Lets go of what this gateway knows of days before yesterday. */
    void forgetOldDays() {
        LocalDate yesterday = QuotaDay.today(Clock.systemUTC()).minusDays(1);
        reserved.keySet().removeIf(slot -> slot.day().isBefore(yesterday));
        fallback.forgetBefore(yesterday);
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
        return acquire(keyId, limit, day, false);
    }

    private Future<QuotaDecision> acquire(String keyId, int limit, LocalDate day, boolean reloaded) {
        long asked = System.nanoTime();
        Future<Response> call = redis.eval(List.of(ACQUIRE, "2", counterKey(keyId, day), EPOCH, Integer.toString(limit),
                Long.toString(expiry(day))));
        return withTimeout(call).compose(response -> {
            recovered();
            if (response == null) {
                // Redis lost its counters: load them back once; still nothing after that is a failure, not a loop.
                return reloaded ? Future.failedFuture(unavailable())
                        : reload().compose(done -> acquire(keyId, limit, day, true), failure -> Future.failedFuture(unavailable()));
            }
            long result = response.toLong();
            if (result < 0) {
                return Future.succeededFuture(new QuotaDecision(false, limit, (int) (-result - 1)));
            }
            return withinReservation(new QuotaSlot(keyId, day), (int) result, limit, asked);
        }, failure -> whenRedisFails(failure, keyId, limit, day));
    }

    /**
     * Serves count {@code used} once the gateways' reservation covers it (raising it first when it does not), and
     * only within {@link #SERVE_WINDOW} of having asked Redis for it. Otherwise the call was counted in Redis and is
     * not served: a key may lose a call, never gain one.
     */
    private Future<QuotaDecision> withinReservation(QuotaSlot slot, int used, int limit, long asked) {
        SharedReservation reservation = reserved.computeIfAbsent(slot, s -> new SharedReservation());
        int covered = reservation.reserved();
        if (used <= covered) {
            if (covered < limit && reservation.block.runningLow(covered - used)) {
                synchronized (reservation) {
                    if (reservation.pending == null) {
                        startRaise(slot, reservation, used, limit);
                    }
                }
            }
            return served(used, limit, asked);
        }
        return cover(slot, reservation, used, limit).transform(written -> written.succeeded()
                ? served(used, limit, asked) : Future.failedFuture(unavailable()));
    }

    private static Future<QuotaDecision> served(int used, int limit, long asked) {
        return System.nanoTime() - asked < SERVE_WINDOW.toNanos()
                ? Future.succeededFuture(new QuotaDecision(true, limit, used)) : Future.failedFuture(unavailable());
    }

    /** Completes once the reservation covers {@code used}: joins the raise being written, or starts one. */
    private Future<Void> cover(QuotaSlot slot, SharedReservation reservation, int used, int limit) {
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
    private Future<Integer> startRaise(QuotaSlot slot, SharedReservation reservation, int used, int limit) {
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
     * Loads the counters of today and yesterday back from the reservations in PostgreSQL into a Redis that lost
     * them, after {@link #SERVE_WINDOW}, and sets the marker (one script). One load at a time per gateway; several
     * gateways loading together write the same values, and none lowers a counter.
     */
    private Future<Void> reload() {
        Promise<Void> mine = Promise.promise();
        Future<Void> running = reloading.compareAndExchange(null, mine.future());
        if (running != null) {
            return running;
        }
        Log.warn("Redis has no quota counters (restarted without persistence): loading them back from PostgreSQL");
        Promise<Long> waited = Promise.promise();
        vertx.setTimer(SERVE_WINDOW.toMillis(), waited::complete);
        LocalDate yesterday = QuotaDay.today(Clock.systemUTC()).minusDays(1);
        waited.future()
                .compose(id -> Future.fromCompletionStage(database.preparedQuery(
                                "SELECT key_id, day, calls FROM quota_counter WHERE day >= $1")
                        .execute(Tuple.of(yesterday)).subscribeAsCompletionStage()))
                .compose(rows -> {
                    List<String> args = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    args.add(RELOAD);
                    args.add(Integer.toString(rows.size() + 1));
                    args.add(EPOCH);
                    for (Row row : rows) {
                        LocalDate day = row.getLocalDate(1);
                        args.add(counterKey(row.getString(0), day));
                        values.add(Integer.toString(row.getInteger(2)));
                        values.add(Long.toString(expiry(day)));
                    }
                    args.addAll(values);
                    return QuotaStore.within(vertx, redis.eval(args), Duration.ofSeconds(10),
                            () -> new TimeoutException("Redis did not load the counters back in 10 s"));
                })
                .onComplete(done -> {
                    reloading.set(null);
                    if (done.succeeded()) {
                        Log.infof("Quota counters loaded back into Redis: %s", done.result());
                        mine.complete();
                    } else {
                        Log.warnf("Quota counters not loaded back into Redis: %s", done.cause().getMessage());
                        mine.fail(done.cause());
                    }
                });
        return mine.future();
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

    /**
     * Sets Redis' counter; PostgreSQL's row is raised to it, never lowered: it holds what the gateways reserved, which
     * a Redis that comes back empty restarts from (a correction downwards is then lost, the safe way).
     */
    @Override
    public Future<Void> overwrite(String keyId, LocalDate day, int calls) {
        return reservations.raise(keyId, day, calls)
                .compose(stored -> withTimeout(redis.set(List.of(counterKey(keyId, day), Integer.toString(calls), "EXAT",
                        Long.toString(expiry(day))))))
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
        return QuotaStore.within(vertx, call, timeout, () -> new TimeoutException("Redis did not answer in " + timeout.toMillis() + " ms"));
    }
}
