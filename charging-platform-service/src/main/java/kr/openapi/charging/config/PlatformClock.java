package kr.openapi.charging.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's zone (operators write {@code Datetime}, {@code statusTime} and record times in it; default
 * Asia/Seoul) and how far a signed call's {@code Datetime} may be from the platform's time.
 */
@ApplicationScoped
public class PlatformClock {

    private final ZoneId zone;
    private final Duration window;

    public PlatformClock(@ConfigProperty(name = "platform.zone", defaultValue = "Asia/Seoul") String zone,
                         @ConfigProperty(name = "platform.signature-window", defaultValue = "PT5M") Duration window) {
        this.zone = ZoneId.of(zone);
        this.window = window;
    }

    public ZoneId zone() {
        return zone;
    }

    public Duration window() {
        return window;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(Clock.system(zone));
    }
}
