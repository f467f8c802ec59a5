package kr.openapi.gateway.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kr.openapi.gateway.mapping.QuotaUsage;
import kr.openapi.gateway.repository.QuotaCounter;
import kr.openapi.gateway.repository.QuotaCounterRepository;

/** Stored daily call counts; operators read them and may correct one (for example to restore a key's calls). */
@ApplicationScoped
public class QuotaCounterService {

    /** Quotas reset at 00:00 in Korea, not at 00:00 UTC. */
    public static final ZoneId QUOTA_ZONE = ZoneId.of("Asia/Seoul");

    private final QuotaCounterRepository counters;

    public QuotaCounterService(QuotaCounterRepository counters) {
        this.counters = counters;
    }

    public static LocalDate today() {
        return LocalDate.now(QUOTA_ZONE);
    }

    public Uni<QuotaUsage> usage(String keyId, LocalDate day) {
        return counters.find(new QuotaCounter.Id(keyId, day))
                .map(counter -> new QuotaUsage(keyId, day, counter == null ? 0 : counter.calls));
    }

    @WithTransaction
    public Uni<QuotaUsage> set(String keyId, LocalDate day, int calls) {
        QuotaCounter.Id id = new QuotaCounter.Id(keyId, day);
        return counters.findById(id)
                .onItem().ifNull().continueWith(() -> {
                    QuotaCounter created = new QuotaCounter();
                    created.id = id;
                    return created;
                })
                .invoke(counter -> {
                    counter.calls = calls;
                    counter.updatedAt = OffsetDateTime.now();
                })
                .call(counters::persist)
                .map(counter -> new QuotaUsage(keyId, day, counter.calls));
    }
}
