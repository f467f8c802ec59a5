package kr.openapi.gateway.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kr.openapi.gateway.mapping.QuotaUsage;
import kr.openapi.gateway.repository.QuotaCounter;
import kr.openapi.gateway.repository.QuotaCounterRepository;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.QuotaStore;

/**
 * Operators read a key's live count for a day and may correct it (for example to give back calls lost to an
 * upstream failure): the correction is stored and takes effect in the quota store at once.
 */
@ApplicationScoped
public class QuotaCounterService {

    private final QuotaCounterRepository counters;
    private final QuotaStore store;

    public QuotaCounterService(QuotaCounterRepository counters, QuotaStore store) {
        this.counters = counters;
        this.store = store;
    }

    /**
     * The live count while the store holds the day; for days it has let go of (the local store keeps today and
     * yesterday, Redis lets a day's counters expire) the count persisted in PostgreSQL.
     */
    public Uni<QuotaUsage> usage(String keyId, LocalDate day) {
        return Uni.createFrom().completionStage(store.counts(day, List.of(keyId)).toCompletionStage())
                .flatMap(counts -> counts.containsKey(keyId)
                        ? Uni.createFrom().item(counts.get(keyId))
                        : counters.find(new QuotaCounter.Id(keyId, day)).map(stored -> stored == null ? 0 : stored.calls))
                .map(calls -> new QuotaUsage(keyId, day, calls));
    }

    /**
     * Today's and yesterday's counts are the quota store's: it writes the correction itself, in order with its
     * reservations (the local store sets the row; with Redis the row holds the gateways' reservations and is only
     * raised). Older days are a record only, stored as given.
     */
    public Uni<QuotaUsage> set(String keyId, LocalDate day, int calls) {
        if (!day.isBefore(QuotaDay.today(Clock.systemUTC()).minusDays(1))) {
            return Uni.createFrom().completionStage(store.overwrite(keyId, day, calls).toCompletionStage())
                    .map(done -> new QuotaUsage(keyId, day, calls));
        }
        QuotaCounter.Id id = new QuotaCounter.Id(keyId, day);
        return Panache.withTransaction(() -> counters.findById(id)
                        .onItem().ifNull().continueWith(() -> {
                            QuotaCounter created = new QuotaCounter();
                            created.id = id;
                            return created;
                        })
                        .invoke(counter -> {
                            counter.calls = calls;
                            counter.updatedAt = OffsetDateTime.now();
                        })
                        .call(counters::persist))
                .map(counter -> new QuotaUsage(keyId, day, counter.calls));
    }
}
