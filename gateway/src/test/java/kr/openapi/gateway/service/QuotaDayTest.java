package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kr.openapi.gateway.service.quota.QuotaDay;
import org.junit.jupiter.api.Test;

class QuotaDayTest {

    @Test
    void theDayTurnsAtMidnightInSeoulWhicheverClockAsksInWhateverOrder() {
        Clock beforeMidnight = at("2026-12-05T14:59:59.400Z");
        Clock atMidnight = at("2026-12-05T15:00:00Z");
        Clock earlier = at("2026-11-30T01:00:00Z");
        for (int round = 0; round < 3; round++) {
            // The day is worked out once and then compared: asking in turns must never answer another day's date.
            assertThat(QuotaDay.today(beforeMidnight)).isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(QuotaDay.today(atMidnight)).isEqualTo(LocalDate.of(2026, 12, 6));
            assertThat(QuotaDay.today(earlier)).isEqualTo(LocalDate.of(2026, 11, 30));
        }
        assertThat(QuotaDay.secondsUntilReset(beforeMidnight.millis())).as("at least 1").isEqualTo(1);
        assertThat(QuotaDay.secondsUntilReset(atMidnight.millis())).isEqualTo(86_400);
        assertThat(QuotaDay.secondsUntilReset(earlier.millis())).isEqualTo(14 * 3600);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
