package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
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
        String key = issueKey(gateways.get(0), 500);
        for (String gateway : gateways) {
            awaitServed(gateway + "/openapi/org/cls/code?serviceKey=" + key);
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 64; client++) {
            URI target = URI.create(gateways.get(client % 2) + "/openapi/org/cls/code?serviceKey=" + key);
            work.add(clients.submit(() -> {
                for (int call = 0; call < 10; call++) {
                    int status = http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        clients.shutdown();
        // Two calls were served while waiting for the replicas to know the key.
        assertThat(statuses).as("status counts").containsOnlyKeys(200, 429);
        assertThat(statuses.get(200).get() + 2).isEqualTo(500);
        assertThat(statuses.get(429).get()).isEqualTo(640 + 2 - 500);
    }

    /** A member applies for the catalog and the admin approves with the given quota; returns the key. */
    private static String issueKey(String gateway, int quota) {
        given().baseUri(gateway).contentType(ContentType.JSON).body(Map.of("loginId", "redisuser", "password", "Secret!pw1",
                "name", "홍길동", "phone", "010-1234-5678", "email", "r@example.com", "address", "서울"))
                .post("/api/v1/members").then().statusCode(201);
        String member = login(gateway, "redisuser", "Secret!pw1");
        Number applicationId = given().baseUri(gateway).auth().oauth2(member).contentType(ContentType.JSON)
                .body(Map.of("product", "public-service-catalog", "accessIps", List.of("127.0.0.1", "::1"), "reason", "e2e"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        given().baseUri(gateway).auth().oauth2(login(gateway, RunningServices.ADMIN, RunningServices.ADMIN_PASSWORD))
                .contentType(ContentType.JSON).body(Map.of("dailyQuota", quota))
                .post("/api/v1/admin/applications/" + applicationId + "/approve").then().statusCode(200);
        return given().baseUri(gateway).auth().oauth2(member).get("/api/v1/keys").then().statusCode(200)
                .extract().path("[0].serviceKey");
    }

    private static String login(String gateway, String loginId, String password) {
        return given().baseUri(gateway).contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    /** Waits until the replica knows the key: its first served call (one of the quota's 500). */
    private static void awaitServed(String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (given().urlEncodingEnabled(false).get(url).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(url + " not served within 10 s");
            }
            Thread.sleep(100);
        }
    }
}
