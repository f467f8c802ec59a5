package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.deploy.local.SuiteService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway processes sharing one Redis (Debian's redis-server; skipped with the reason when it is missing):
 * 64 clients spread over both hammer one key whose quota is 500, and exactly 500 calls are served.
 */
class TwoGatewaysSharingRedisIT {

    private static final String REDIS_SERVER = "/usr/bin/redis-server";

    private static RunningServices services;
    private static Process redis;
    private static List<String> gateways;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(new File(REDIS_SERVER).canExecute(),
                "Skipped: no redis-server at " + REDIS_SERVER + " (apt-get install redis-server; .ci/run does it)");
        int redisPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            redisPort = probe.getLocalPort();
        }
        redis = new ProcessBuilder(REDIS_SERVER, "--bind", "127.0.0.1", "--port", String.valueOf(redisPort), "--save", "",
                "--appendonly", "no").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        services = new RunningServices();
        services.start(SuiteService.KEY_ISSUANCE, (service, env) -> { });
        services.start(SuiteService.PUBLIC_SERVICE_CATALOG, (service, env) -> { });
        String redisUrl = "redis://127.0.0.1:" + redisPort;
        gateways = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            gateways.add(services.start(SuiteService.GATEWAY, "-" + replica, 18_090 + replica, (service, env) -> {
                env.put("GATEWAY_QUOTA_STORE", "redis");
                env.put("REDIS_URL", redisUrl);
                // Five JVMs share two cores here: give Redis more than the production 200 ms before failing closed.
                env.put("GATEWAY_QUOTA_REDIS_TIMEOUT", "PT3S");
            }));
        }
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
        if (redis != null) {
            redis.destroyForcibly();
        }
    }

    @Test
    void sixtyFourClientsOverTwoReplicasGetExactlyTheQuota() throws Exception {
        PortalClient portal = new PortalClient(gateways.get(0));
        String key = portal.keyFor(portal.signUp("redisuser", "홍길동", "010-1234-5678"), portal.admin(),
                "public-service-catalog", 500);
        for (String gateway : gateways) {
            awaitServed(gateway + "/openapi/org/cls/code?serviceKey=" + key);
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        // The catalog route answers refusals with 200 as the Gov24 API does: the result code tells them apart.
        Map<String, AtomicInteger> codes = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 64; client++) {
            URI target = URI.create(gateways.get(client % 2) + "/openapi/org/cls/code?serviceKey=" + key);
            work.add(clients.submit(() -> {
                for (int call = 0; call < 10; call++) {
                    String body = http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.ofString()).body();
                    codes.computeIfAbsent(resultCode(body), c -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        clients.shutdown();
        // Two calls were served while waiting for the replicas to know the key.
        assertThat(codes).as("result codes").containsOnlyKeys("00", "22");
        assertThat(codes.get("00").get() + 2).isEqualTo(500);
        assertThat(codes.get("22").get()).isEqualTo(640 + 2 - 500);
    }

    private static String resultCode(String body) {
        int start = body.indexOf("<resultCode>");
        return start < 0 ? "none" : body.substring(start + "<resultCode>".length(), start + "<resultCode>".length() + 2);
    }

    /** Waits until the replica knows the key: its first served call (one of the quota's 500). */
    private static void awaitServed(String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!resultCode(given().urlEncodingEnabled(false).get(url).asString()).equals("00")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(url + " not served within 10 s");
            }
            Thread.sleep(100);
        }
    }
}
