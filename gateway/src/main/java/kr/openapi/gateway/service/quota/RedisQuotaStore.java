package kr.openapi.gateway.service.quota;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
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
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * The store for several replicas: one Redis counter per key and day, checked and incremented atomically by a Lua
 * script (a refused call is not counted), expiring a day after the Korean day ends. Replicas together never serve
 * more than the quota.
 *
 * <p>When Redis does not answer within {@code gateway.quota.redis-timeout}: {@code closed} refuses with code 05
 * (the default: a quota protects its upstream), {@code open} counts locally with an even share of the quota
 * (quota / replicas). Requests never wait on a dead connection for longer than the timeout.
 */
public class RedisQuotaStore implements QuotaStore {

    /** KEYS[1] counter; ARGV[1] limit; ARGV[2] expiry (unix seconds). Returns the new count, or -(count+1) if full. */
    static final String ACQUIRE = """
            local used = tonumber(redis.call('GET', KEYS[1]) or '0')
            if used >= tonumber(ARGV[1]) then return -(used + 1) end
            used = redis.call('INCR', KEYS[1])
            if used == 1 then redis.call('EXPIREAT', KEYS[1], ARGV[2]) end
            return used""";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RedisAPI redis;
    private final Vertx vertx;
    private final GatewayConfig.Quota config;
    private final InMemoryCounters fallback = new InMemoryCounters();
    private final AtomicBoolean degraded = new AtomicBoolean();

    public RedisQuotaStore(RedisAPI redis, Vertx vertx, GatewayConfig.Quota config) {
        this.redis = redis;
        this.vertx = vertx;
        this.config = config;
    }

    /** The Redis key of a counter, as operators see it in redis-cli: {@code quota:<keyId>:<yyyyMMdd>}. */
    public static String counterKey(String keyId, LocalDate day) {
        return "quota:" + keyId + ":" + DAY.format(day);
    }

    @Override
    public Future<QuotaDecision> acquire(String keyId, int limit, LocalDate day) {
        long expiry = day.plusDays(2).atStartOfDay(QuotaDay.ZONE).toEpochSecond();
        Future<Response> call = redis.eval(List.of(ACQUIRE, "1", counterKey(keyId, day), Integer.toString(limit), Long.toString(expiry)));
        return withTimeout(call).map(response -> {
            recovered();
            long result = response.toLong();
            return result < 0 ? new QuotaDecision(false, limit, (int) (-result - 1)) : new QuotaDecision(true, limit, (int) result);
        }).recover(failure -> whenRedisFails(failure, keyId, limit, day));
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
        long expiry = day.plusDays(2).atStartOfDay(QuotaDay.ZONE).toEpochSecond();
        return withTimeout(redis.set(List.of(counterKey(keyId, day), Integer.toString(calls), "EXAT", Long.toString(expiry))))
                .mapEmpty();
    }

    private Future<QuotaDecision> whenRedisFails(Throwable failure, String keyId, int limit, LocalDate day) {
        if (degraded.compareAndSet(false, true)) {
            Log.errorf("Redis quota store unreachable (%s): failing %s", failure.getMessage(),
                    config.redisFailure() == GatewayConfig.RedisFailure.CLOSED ? "closed (code 05)" : "open with a local share");
        }
        if (config.redisFailure() == GatewayConfig.RedisFailure.CLOSED) {
            return Future.failedFuture(new ApiException(ResultCode.SERVICETIME_OUT, "호출 한도 저장소에 연결할 수 없습니다", 503));
        }
        int share = Math.max(1, (int) Math.ceil((double) limit / config.replicas()));
        QuotaDecision local = fallback.acquire(keyId, share, day);
        return Future.succeededFuture(new QuotaDecision(local.allowed(), limit, local.used()));
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
