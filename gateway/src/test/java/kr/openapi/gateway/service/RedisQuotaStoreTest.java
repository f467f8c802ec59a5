package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import java.io.File;
import java.net.ServerSocket;
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
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.quota.QuotaDecision;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.RedisQuotaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas sharing a real Redis (Debian's redis-server, started here on a free port; the test is skipped
 * and says so when it is not installed, and {@code .ci/run} installs it).
 */
class RedisQuotaStoreTest {

    private static final String REDIS_SERVER = "/usr/bin/redis-server";

    private Process redisServer;
    private int port;
    private Vertx vertx;
    private final LocalDate today = QuotaDay.today(Clock.systemUTC());

    @BeforeEach
    void startRedis() throws Exception {
        Assumptions.assumeTrue(new File(REDIS_SERVER).canExecute(),
                "Skipped: no redis-server at " + REDIS_SERVER + " (apt-get install redis-server; .ci/run does it)");
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        redisServer = new ProcessBuilder(REDIS_SERVER, "--bind", "127.0.0.1", "--port", String.valueOf(port), "--save", "",
                "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        vertx = Vertx.vertx();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                api().ping(List.of()).toCompletionStage().toCompletableFuture().get(1, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @AfterEach
    void stopRedis() {
        if (redisServer != null) {
            redisServer.destroyForcibly();
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
    void withRedisGoneQuotasFailClosedWithCode05Quickly() throws Exception {
        RedisQuotaStore store = store(GatewayConfig.RedisFailure.CLOSED);
        assertThat(store.acquire("k", 10, today).toCompletionStage().toCompletableFuture().get().allowed()).isTrue();
        redisServer.destroyForcibly().waitFor();
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
        redisServer.destroyForcibly().waitFor();
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += store.acquire("k2", 10, today).toCompletionStage().toCompletableFuture().get().allowed() ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(5);
    }

    private RedisAPI api() {
        return RedisAPI.api(Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:" + port).setMaxPoolSize(16).setMaxPoolWaiting(4096)));
    }

    private RedisQuotaStore store(GatewayConfig.RedisFailure failure) {
        return new RedisQuotaStore(api(), vertx, new GatewayConfig.Quota() {
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
