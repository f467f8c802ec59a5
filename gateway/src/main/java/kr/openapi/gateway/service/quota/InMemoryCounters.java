package kr.openapi.gateway.service.quota;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lock-free per-key, per-day counters that never pass their limit, however many threads call at once: the Redis
 * store's local share while Redis is unreachable ({@code open}).
 */
final class InMemoryCounters {

    private final Map<QuotaSlot, AtomicInteger> counters = new ConcurrentHashMap<>();

    QuotaDecision acquire(String keyId, int limit, LocalDate day) {
        AtomicInteger counter = counters.computeIfAbsent(new QuotaSlot(keyId, day), slot -> new AtomicInteger());
        while (true) {
            int used = counter.get();
            if (used >= limit) {
                return new QuotaDecision(false, limit, used);
            }
            if (counter.compareAndSet(used, used + 1)) {
                return new QuotaDecision(true, limit, used + 1);
            }
        }
    }

    void forgetBefore(LocalDate day) {
        counters.keySet().removeIf(slot -> slot.day().isBefore(day));
    }
}
