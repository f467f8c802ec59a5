package kr.openapi.gateway.service.quota;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Quotas count per Korean calendar day: they reset at 00:00 Asia/Seoul (15:00 UTC), not at UTC midnight. Every call
 * asks which day it is; the answer is worked out once per day (the day's bounds in epoch milliseconds) and then only
 * compared with the clock, since the day depends on nothing but the instant.
 */
public final class QuotaDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    /** A Seoul day and its bounds, [start, end) in epoch milliseconds. */
    private record Bounds(LocalDate day, long start, long end) {

        boolean contain(long millis) {
            return millis >= start && millis < end;
        }

        static Bounds of(long millis) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZONE);
            return new Bounds(day, day.atStartOfDay(ZONE).toInstant().toEpochMilli(),
                    day.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli());
        }
    }

    private static volatile Bounds latest = Bounds.of(System.currentTimeMillis());

    private QuotaDay() {
    }

    public static LocalDate today(Clock clock) {
        return today(clock.millis());
    }

    /** The Seoul day of an instant (epoch milliseconds). */
    public static LocalDate today(long millis) {
        return bounds(millis).day();
    }

    /** Seconds from {@code millis} until the next 00:00 in Seoul, at least 1: the {@code Retry-After} of a refused call. */
    public static long secondsUntilReset(long millis) {
        return Math.max(1, (bounds(millis).end() - millis) / 1000);
    }

    private static Bounds bounds(long millis) {
        Bounds known = latest;
        if (known.contain(millis)) {
            return known;
        }
        Bounds other = Bounds.of(millis);
        latest = other;
        return other;
    }
}
