package kr.openapi.gateway.service.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Quotas count per Korean calendar day: they reset at 00:00 Asia/Seoul (15:00 UTC), not at UTC midnight. */
public final class QuotaDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private QuotaDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Seconds until the next 00:00 in Seoul, at least 1: the {@code Retry-After} of a refused call. */
    public static long secondsUntilReset(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZONE));
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(ZONE);
        return Math.max(1, Duration.between(now, midnight).toSeconds());
    }
}
