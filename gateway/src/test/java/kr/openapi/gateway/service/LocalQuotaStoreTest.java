package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.openapi.gateway.service.quota.LocalQuotaStore;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.QuotaDecision;
import org.junit.jupiter.api.Test;

/**
 * The local store against its real PostgreSQL: PostgreSQL always holds at least every call served, so a process that
 * dies at any moment (here: a store dropped without its shutdown) never lets the next one serve past the quota.
 */
@QuarkusTest
class LocalQuotaStoreTest {

    private final LocalDate today = QuotaDay.today(Clock.systemUTC());

    @Inject
    Pool database;

    @Inject
    Vertx vertx;

    @Test
    void whateverMomentTheProcessDiesPostgresHoldsEveryServedCall() throws Exception {
        LocalQuotaStore store = new LocalQuotaStore(database, vertx, Clock.systemUTC());
        int served = 0;
        for (int i = 0; i < 300; i++) {
            if (take(store, "crash-key", 1000).allowed()) {
                served++;
            }
            assertThat(persisted("crash-key")).as("after call %d", i + 1).isGreaterThanOrEqualTo(served);
        }
        assertThat(persisted("crash-key")).as("at most one block (5 %% of the quota) ahead").isLessThanOrEqualTo(served + 50);
    }

    @Test
    void aKeyThatSlowsDownAfterABurstNeverHasItsReservationWrittenBelowWhatItServes() throws Exception {
        LocalQuotaStore store = new LocalQuotaStore(database, vertx, Clock.systemUTC());
        int served = burst(store, "slowing-key", 10_000, 2000);
        int reservedAfterTheBurst = persisted("slowing-key");
        // Slow calls until they have used up the burst's reservation: the next ones are sized from the slow rate.
        for (int i = 0; served <= reservedAfterTheBurst + 20; i++) {
            Thread.sleep(5);
            served += take(store, "slowing-key", 10_000).allowed() ? 1 : 0;
            assertThat(persisted("slowing-key")).as("after slow call %d", i + 1).isGreaterThanOrEqualTo(served);
        }
    }

    @Test
    void aRestartAfterACrashTakesReservationsAsSpentAndNeverPassesTheQuota() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "burst-key-" + round;
            LocalQuotaStore before = new LocalQuotaStore(database, vertx, Clock.systemUTC());
            int served = burst(before, key, 100, 40 + round * 7);
            // The process dies here: no shutdown, the reservations it held are not given back.
            LocalQuotaStore after = new LocalQuotaStore(database, vertx, Clock.systemUTC());
            int servedAfter = burst(after, key, 100, 1000);
            assertThat(served + servedAfter).as("round %d", round).isLessThanOrEqualTo(100).isGreaterThanOrEqualTo(95);
        }
    }

    @Test
    void aCleanShutdownGivesBackWhatWasReservedAndNotServed() throws Exception {
        LocalQuotaStore before = new LocalQuotaStore(database, vertx, Clock.systemUTC());
        int served = burst(before, "clean-key", 400, 57);
        before.close();
        assertThat(persisted("clean-key")).isEqualTo(served);

        LocalQuotaStore after = new LocalQuotaStore(database, vertx, Clock.systemUTC());
        assertThat(served + burst(after, "clean-key", 400, 1000)).isEqualTo(400);
        after.close();
    }

    /** {@code calls} concurrent calls, as a burst from many connections arrives; returns how many were served. */
    private static int burst(LocalQuotaStore store, String key, int limit, int calls) throws Exception {
        List<Future<QuotaDecision>> decisions = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            decisions.add(store.acquire(key, limit, QuotaDay.today(Clock.systemUTC())));
        }
        Future.join(decisions).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return (int) decisions.stream().filter(decision -> decision.result().allowed()).count();
    }

    private QuotaDecision take(LocalQuotaStore store, String key, int limit) throws Exception {
        return store.acquire(key, limit, today).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private int persisted(String key) {
        var rows = database.preparedQuery("SELECT calls FROM quota_counter WHERE key_id = $1 AND day = $2")
                .execute(Tuple.of(key, today)).await().atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
    }
}
