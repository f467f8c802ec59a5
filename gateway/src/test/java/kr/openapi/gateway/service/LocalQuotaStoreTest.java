package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kr.openapi.gateway.StubKeys;
import kr.openapi.gateway.service.quota.LocalQuotaStore;
import kr.openapi.gateway.service.quota.QuotaDay;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocalQuotaStoreTest {

    @Inject
    Pool database;

    @Inject
    Vertx vertx;

    @Test
    void aRestartLosesAtMostOneFlushIntervalOfCounts() throws Exception {
        LocalDate today = QuotaDay.today(Clock.systemUTC());
        LocalQuotaStore before = new LocalQuotaStore(database, vertx, Duration.ofSeconds(1), Clock.systemUTC());
        for (int i = 0; i < 7; i++) {
            assertThat(before.acquire("restart-key", 10, today).toCompletionStage().toCompletableFuture().get().allowed()).isTrue();
        }
        StubKeys.sleep(1300);
        // The process dies here without a shutdown flush; a new one starts from what was persisted.
        LocalQuotaStore after = new LocalQuotaStore(database, vertx, Duration.ofSeconds(1), Clock.systemUTC());
        assertThat(after.counts(today, List.of("restart-key")).toCompletionStage().toCompletableFuture().get())
                .containsEntry("restart-key", 7);
        assertThat(after.acquire("restart-key", 10, today).toCompletionStage().toCompletableFuture().get().used()).isEqualTo(8);
        for (int i = 0; i < 5; i++) {
            after.acquire("restart-key", 10, today);
        }
        assertThat(after.acquire("restart-key", 10, today).toCompletionStage().toCompletableFuture().get().allowed()).isFalse();
        before.close();
        after.close();
    }
}
