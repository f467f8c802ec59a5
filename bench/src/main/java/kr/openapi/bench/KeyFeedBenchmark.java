package kr.openapi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;
import kr.openapi.deploy.secrets.KeyMaterial;

/**
 * How fast key-issuance-service serves the gateway's key feed: a full snapshot of N keys (100,000 by default) and
 * an empty delta, against the packaged service on an embedded PostgreSQL. Run with {@code bench/key-feed.sh}.
 */
public final class KeyFeedBenchmark {

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("key-feed-bench");

        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
            postgres.createDatabaseIfMissing("key_issuance");
            Map<String, String> environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port)
                    .of(SuiteService.KEY_ISSUANCE);
            KeyMaterial.PemKeyPair gateway = KeyMaterial.rsaKeyPair(work.resolve("keys"), "gateway-jwt");
            ServiceProcess service = ServiceProcess.start(SuiteService.KEY_ISSUANCE, root, work.resolve("key-issuance.log"), environment);
            try {
                awaitReady(service);
                seed(postgres, keys);
                report(keys, rounds, BenchSupport.gatewayToken(gateway.privateKey()));
            } finally {
                service.stop(Duration.ofSeconds(10));
            }
        }
    }

    private static void awaitReady(ServiceProcess service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!ServiceProcess.isReady(SuiteService.KEY_ISSUANCE)) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("key-issuance-service did not start (is port 8081 free? is it built?)");
            }
            Thread.sleep(200);
        }
    }

    /** One member and application, then N keys in one statement, each at its own feed position. */
    private static void seed(PostgresServer postgres, int keys) throws Exception {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("key_issuance"), postgres.username(), postgres.password());
             Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO member (login_id, password_hash) VALUES ('bench', 'x')");
            sql.execute("""
                    INSERT INTO key_application (member_id, product_code, access_ips, reason, status, applied_at)
                    SELECT id, 'ev-charger', '203.0.113.0/24', 'bench', 'APPROVED', now() FROM member WHERE login_id = 'bench'""");
            sql.execute("""
                    INSERT INTO service_key (application_id, member_id, product_code, key_hash, key_enc, access_ips, daily_quota,
                                             status, issued_on, expires_on, change_seq, updated_at)
                    SELECT a.id, a.member_id, 'ev-charger', encode(sha256(('bench-key-' || g)::bytea), 'hex'), 'v1:none',
                           '203.0.113.' || mod(g, 250) || ',10.' || mod(g, 200) || '.0.0/16', 500, 'ACTIVE',
                           current_date, current_date + 729, nextval('key_change_seq'), now()
                    FROM key_application a, generate_series(1, %d) g""".formatted(keys));
            sql.execute("ANALYZE service_key");
        }
    }

    private static void report(int keys, int rounds, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest snapshot = HttpRequest.newBuilder(URI.create(SuiteService.KEY_ISSUANCE.baseUrl() + "/internal/v1/keys"))
                .header("Authorization", "Bearer " + token).build();
        for (int i = 0; i < 3; i++) {
            http.send(snapshot, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<Double> snapshotMillis = new ArrayList<>();
        long bytes = 0;
        String cursor = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(snapshot, HttpResponse.BodyHandlers.ofByteArray());
            snapshotMillis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("feed answered " + response.statusCode());
            }
            bytes = response.body().length;
            String body = new String(response.body(), 0, Math.min(200, response.body().length));
            cursor = body.replaceAll("(?s).*\"cursor\":\"(\\d+)\".*", "$1");
        }
        HttpRequest delta = HttpRequest.newBuilder(URI.create(SuiteService.KEY_ISSUANCE.baseUrl() + "/internal/v1/keys?since=" + cursor))
                .header("Authorization", "Bearer " + token).build();
        List<Double> deltaMillis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            http.send(delta, HttpResponse.BodyHandlers.ofByteArray());
            deltaMillis.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf("%n| measure | keys | rounds | median | p90 | max | body |%n|---|---|---|---|---|---|---|%n");
        System.out.printf("| full snapshot `GET /internal/v1/keys` | %,d | %d | %.0f ms | %.0f ms | %.0f ms | %.1f MB |%n",
                keys, rounds, BenchSupport.percentile(snapshotMillis, 50), BenchSupport.percentile(snapshotMillis, 90), BenchSupport.percentile(snapshotMillis, 100), bytes / 1e6);
        System.out.printf("| empty delta `?since=<cursor>` | %,d | 50 | %.1f ms | %.1f ms | %.1f ms | |%n",
                keys, BenchSupport.percentile(deltaMillis, 50), BenchSupport.percentile(deltaMillis, 90), BenchSupport.percentile(deltaMillis, 100));
    }
}
