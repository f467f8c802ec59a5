package kr.openapi.gateway.service.quota;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

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
}
