package kr.openapi.charging.service;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.EvProvinceStats;
import kr.openapi.charging.mapping.EvTariff;
import kr.openapi.charging.mapping.TariffBody;
import kr.openapi.charging.repository.EvSummaryRepository;

/**
 * Prices by operator and chargers by province. The province counts read every connector, so they are computed at
 * most once a minute (the API promises "at most a minute old").
 */
@ApplicationScoped
public class EvSummaryService {

    private final EvSummaryRepository summaries;
    private final PlatformClock clock;

    public EvSummaryService(EvSummaryRepository summaries, PlatformClock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    public Uni<Void> setTariff(String operatorId, TariffBody tariff) {
        return summaries.saveTariff(operatorId, tariff, clock.now().withNano(0));
    }

    public Uni<List<EvTariff>> tariffs() {
        return summaries.tariffs();
    }

    @CacheResult(cacheName = "ev-province-stats")
    public Uni<List<EvProvinceStats>> provinceStats() {
        return summaries.provinceStats();
    }
}
