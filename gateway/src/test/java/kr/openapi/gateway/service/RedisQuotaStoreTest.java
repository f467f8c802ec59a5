package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.LocalRedis;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.quota.QuotaDecision;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.RedisQuotaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas sharing a real Redis ({@link LocalRedis}) and the gateway's real PostgreSQL, where they
 * reserve what Redis hands out.
 */
@QuarkusTest
class RedisQuotaStoreTest {

    private LocalRedis redis;
    private Vertx vertx;
    private final LocalDate today = QuotaDay.today(Clock.systemUTC());

    @Inject
    Pool database;

    @BeforeEach
    void startRedis() throws Exception {
        redis = LocalRedis.startOrSkip();
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.close();
        }
        if (vertx != null) {
            vertx.close();
        }
    }

    @Test
    void twoReplicasWithSixtyFourClientsServeExactlyTheQuota() throws Exception {
        List<RedisQuotaStore> replicas = List.of(store(GatewayConfig.RedisFailure.CLOSED), store(GatewayConfig.RedisFailure.CLOSED));
        AtomicInteger served = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 64; client++) {
            RedisQuotaStore replica = replicas.get(client % 2);
            work.add(clients.submit(() -> {
                for (int call = 0; call < 10; call++) {
                    QuotaDecision decision = replica.acquire("shared-key", 500, today).toCompletionStage().toCompletableFuture().get();
                    (decision.allowed() ? served : refused).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        clients.shutdown();
        assertThat(served.get()).isEqualTo(500);
        assertThat(refused.get()).isEqualTo(140);
        assertThat(replicas.get(0).counts(today, List.of("shared-key")).toCompletionStage().toCompletableFuture().get())
                .containsEntry("shared-key", 500);
        Long ttl = api().ttl(RedisQuotaStore.counterKey("shared-key", today)).toCompletionStage().toCompletableFuture().get().toLong();
        assertThat(ttl).isBetween(Duration.ofHours(24).toSeconds(), Duration.ofHours(48).toSeconds());
    }

    @Test
    void aRedisRestartedEmptyGetsTheDaysCountersBackAndNoKeyPassesItsQuota() throws Exception {
        List<RedisQuotaStore> replicas = List.of(store(GatewayConfig.RedisFailure.CLOSED), store(GatewayConfig.RedisFailure.CLOSED));
        String key = "restart-" + System.nanoTime();
        int served = 0;
        for (int call = 0; call < 137; call++) {
            served += take(replicas.get(call % 2), key, 400) ? 1 : 0;
        }
        redis.kill();
        redis.start();
        for (int call = 0; call < 600; call++) {
            served += take(replicas.get(call % 2), key, 400) ? 1 : 0;
        }
        assertThat(served).as("at most the quota; at most a block (5 %%) per replica lost").isLessThanOrEqualTo(400)
                .isGreaterThanOrEqualTo(400 - 2 * 20);
    }

    /** What {@code open} guarantees: over a Redis outage, at most one share (quota / replicas) more per gateway. */
    @Test
    void failingOpenAKeyGetsAtMostOneShareMoreOverAnOutage() throws Exception {
        RedisQuotaStore store = store(GatewayConfig.RedisFailure.OPEN);
        String key = "open-" + System.nanoTime();
        int served = 0;
        for (int call = 0; call < 30; call++) {
            served += take(store, key, 100) ? 1 : 0;
        }
        redis.kill();
        for (int call = 0; call < 80; call++) {
            served += take(store, key, 100) ? 1 : 0;
        }
        assertThat(served).as("30 counted in Redis, then the share of one of 2 gateways").isEqualTo(30 + 50);
        redis.start();
        for (int call = 0; call < 200; call++) {
            served += take(store, key, 100) ? 1 : 0;
        }
        assertThat(served).as("back on the reloaded counters: the quota, plus what was served alone").isLessThanOrEqualTo(100 + 50)
                .isGreaterThanOrEqualTo(100 + 50 - 5);
    }

    private static boolean take(RedisQuotaStore store, String key, int limit) throws Exception {
        try {
            return store.acquire(key, limit, QuotaDay.today(Clock.systemUTC())).toCompletionStage().toCompletableFuture()
                    .get(5, TimeUnit.SECONDS).allowed();
        } catch (ExecutionException e) {
            return false;
        }
    }

    @Test
    void withRedisGoneQuotasFailClosedWithCode05Quickly() throws Exception {
        RedisQuotaStore store = store(GatewayConfig.RedisFailure.CLOSED);
        assertThat(store.acquire("k", 10, today).toCompletionStage().toCompletableFuture().get().allowed()).isTrue();
        redis.kill();
        long start = System.nanoTime();
        try {
            store.acquire("k", 10, today).toCompletionStage().toCompletableFuture().get();
            throw new AssertionError("expected a refusal");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOfSatisfying(ApiException.class,
                    api -> assertThat(api.resultCode()).isEqualTo(ResultCode.SERVICETIME_OUT));
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1500);
    }

    @Test
    void withRedisGoneAFailOpenReplicaServesItsShareOnly() throws Exception {
        RedisQuotaStore store = store(GatewayConfig.RedisFailure.OPEN);
        redis.kill();
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += store.acquire("k2", 10, today).toCompletionStage().toCompletableFuture().get().allowed() ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(5);
    }

    private RedisAPI api() {
        return RedisAPI.api(Redis.createClient(vertx, new RedisOptions().setConnectionString(redis.url()).setMaxPoolSize(16).setMaxPoolWaiting(4096)));
    }

    private RedisQuotaStore store(GatewayConfig.RedisFailure failure) {
        return new RedisQuotaStore(api(), database, vertx, new GatewayConfig.Quota() {
            public GatewayConfig.Store store() {
                return GatewayConfig.Store.REDIS;
            }

            public GatewayConfig.RedisFailure redisFailure() {
                return failure;
            }

            public int replicas() {
                return 2;
            }

            public Duration redisTimeout() {
                return Duration.ofMillis(200);
            }
        });
    }
}
