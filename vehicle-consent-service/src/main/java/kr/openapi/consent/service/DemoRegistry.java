package kr.openapi.consent.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kr.openapi.consent.config.ConsentConfig;

/**
 * The local suite's synthetic registry ({@code consent.demo-vehicles}, 10,000 in {@code ./suite}, none in
 * production): loaded at start into a registry that has fewer vehicles, keeping any vehicle already there.
 */
@ApplicationScoped
public class DemoRegistry {

    private static final int BATCH = 1_000;

    private final ConsentConfig config;
    private final VehicleRegistry registry;

    public DemoRegistry(ConsentConfig config, VehicleRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    void loadAtStart(@Observes StartupEvent start) throws Throwable {
        int wanted = config.demoVehicles();
        if (wanted <= 0) {
            return;
        }
        long before = VertxContextSupport.subscribeAndAwait(registry::count);
        if (before >= wanted) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> Multi.createFrom().range(0, (wanted + BATCH - 1) / BATCH)
                .onItem().transformToUniAndConcatenate(batch -> registry.importMissing(
                        SyntheticVehicles.first(batch * BATCH, Math.min(BATCH, wanted - batch * BATCH))))
                .collect().asList());
        Log.infof("Synthetic vehicle registry loaded: %d vehicles (%d were there)", wanted, before);
    }
}
