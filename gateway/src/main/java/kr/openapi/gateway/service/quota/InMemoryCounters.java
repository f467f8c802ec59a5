package kr.openapi.gateway.service.quota;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Lock-free per-key, per-day counters that never pass their limit, however many threads call at once. */
final class InMemoryCounters {

    record Slot(String keyId, LocalDate day) {
    }

    private final Map<Slot, AtomicInteger> counters = new ConcurrentHashMap<>();

    QuotaDecision acquire(String keyId, int limit, LocalDate day) {
        AtomicInteger counter = counters.computeIfAbsent(new Slot(keyId, day), slot -> new AtomicInteger());
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

    int get(String keyId, LocalDate day) {
        AtomicInteger counter = counters.get(new Slot(keyId, day));
        return counter == null ? 0 : counter.get();
    }

    void set(String keyId, LocalDate day, int calls) {
        counters.computeIfAbsent(new Slot(keyId, day), slot -> new AtomicInteger()).set(calls);
    }

    /** Raises a count to at least {@code calls} (loading persisted counts never lowers a live one). */
    void raise(String keyId, LocalDate day, int calls) {
        counters.computeIfAbsent(new Slot(keyId, day), slot -> new AtomicInteger()).accumulateAndGet(calls, Math::max);
    }

    Map<Slot, AtomicInteger> all() {
        return counters;
    }

    void forgetBefore(LocalDate day) {
        counters.keySet().removeIf(slot -> slot.day().isBefore(day));
    }
}
