package kr.openapi.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.KeyDirectory;
import kr.openapi.gateway.service.KeySync;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the key snapshot is loaded, from the feed or, when key-issuance-service cannot be reached at start, from
 * the gateway's saved copy ("degraded (from snapshot, age N s)"). Key-issuance-service being unreachable makes the
 * check "degraded", not down: known keys keep working, and taking the gateway out of service would stop every API.
 */
@Readiness
@ApplicationScoped
public class KeyFeedHealthCheck implements HealthCheck {

    private final KeySync sync;
    private final KeyDirectory directory;
    private final GatewayConfig config;

    public KeyFeedHealthCheck(KeySync sync, KeyDirectory directory, GatewayConfig config) {
        this.sync = sync;
        this.directory = directory;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Service key feed").withData("keys", directory.size());
        if (!sync.isLoaded()) {
            return response.down().withData("state", "no snapshot yet").withData("error", String.valueOf(sync.lastError())).build();
        }
        Instant last = sync.lastSuccess();
        if (last == null && sync.restoredFrom() != null) {
            long age = Duration.between(sync.restoredFrom(), Instant.now()).toSeconds();
            return response.up().withData("state", "degraded (from snapshot, age " + age + " s)")
                    .withData("error", String.valueOf(sync.lastError())).build();
        }
        boolean stale = last == null || Duration.between(last, Instant.now()).compareTo(config.keyFeed().staleAfter()) > 0;
        response.up().withData("lastSync", String.valueOf(last));
        return stale || sync.lastError() != null
                ? response.withData("state", "degraded").withData("error", String.valueOf(sync.lastError())).build()
                : response.withData("state", "in sync").build();
    }
}
