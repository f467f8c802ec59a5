package kr.openapi.catalog.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import kr.openapi.catalog.repository.OrganisationRepository;
import kr.openapi.catalog.repository.PublicServiceRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the generated sample catalogue at start when {@code catalog.sample.services} asks for one (the local
 * suite asks for 10,000; production leaves it at 0 and imports the real catalogue). Skipped when the services
 * are already there.
 */
@ApplicationScoped
public class SampleCatalogLoader {

    private static final long SEED = 2017;

    private final int wanted;
    private final OrganisationRepository organisations;
    private final ServiceImporter importer;
    private final PublicServiceRepository services;

    public SampleCatalogLoader(@ConfigProperty(name = "catalog.sample.services") int wanted,
                               OrganisationRepository organisations, ServiceImporter importer,
                               PublicServiceRepository services) {
        this.wanted = wanted;
        this.organisations = organisations;
        this.importer = importer;
        this.services = services;
    }

    void loadAtStart(@Observes @Priority(10) StartupEvent start) {
        if (wanted <= 0) {
            return;
        }
        Duration patience = Duration.ofMinutes(10);
        long present = services.countWithIdPrefix(SampleCatalogGenerator.ID_PREFIX).await().atMost(patience);
        if (present >= wanted) {
            return;
        }
        long started = System.nanoTime();
        // Generated one at a time and written in batches: 100,000 services need not fit in a small heap at once.
        int inserted = importer.importOnly(SampleCatalogGenerator.stream(wanted,
                organisations.listAll().await().atMost(patience), SEED).iterator()).inserted();
        services.refreshStatistics(true).await().atMost(patience);
        Log.infof("Sample catalogue loaded: %d services (%d new) in %d ms", wanted, inserted,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
