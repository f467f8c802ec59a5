package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kr.openapi.gateway.service.quota.LocalQuotaStore;
import kr.openapi.gateway.service.quota.QuotaStore;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaCounterServiceTest {

    @Inject
    QuotaCounterService counters;

    @Inject
    QuotaStore store;

    @Test
    void aCorrectionOfAnOldDayIsStillReadAfterTheStoreLetsTheDayGo() throws Throwable {
        LocalDate oldDay = LocalDate.of(2026, 2, 3);
        VertxContextSupport.subscribeAndAwait(() -> counters.set("old-day-key", oldDay, 13));
        // Days before yesterday leave memory, as the periodic timer has them do.
        ((LocalQuotaStore) store).forgetOldDays();
        assertThat(store.counts(oldDay, List.of("old-day-key")).result()).isEmpty();

        assertThat(VertxContextSupport.subscribeAndAwait(() -> counters.usage("old-day-key", oldDay)).calls()).isEqualTo(13);
    }
}
