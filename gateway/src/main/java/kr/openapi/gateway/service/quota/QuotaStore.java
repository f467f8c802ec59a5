package kr.openapi.gateway.service.quota;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts calls per key and day against the key's daily limit. A call is counted only when it is served: a refused
 * call leaves the count as it was. Implementations: {@link LocalQuotaStore} (one replica) and
 * {@link RedisQuotaStore} (several replicas sharing Redis).
 */
public interface QuotaStore {

    /** Counts one call if the key has calls left today. */
    Future<QuotaDecision> acquire(String keyId, int limit, LocalDate day);

    /** Calls counted so far, for each of {@code keyIds} that has any. */
    Future<Map<String, Integer>> counts(LocalDate day, Collection<String> keyIds);

    /** Sets a count (an operator's correction). */
    Future<Void> overwrite(String keyId, LocalDate day, int calls);

    /** {@code call}, or {@code failure} if it has not completed after {@code timeout}: a dead store must not hold requests. */
    static <T> Future<T> within(Vertx vertx, Future<T> call, Duration timeout, Supplier<Throwable> failure) {
        Promise<T> promise = Promise.promise();
        long timer = vertx.setTimer(timeout.toMillis(), id -> promise.tryFail(failure.get()));
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
