package kr.openapi.charging.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.charging.OperatorClient;
import kr.openapi.charging.OperatorServer;
import kr.openapi.deploy.testing.ThroughTheGateway;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;
import kr.openapi.deploy.secrets.KeyMaterial;
import kr.openapi.deploy.testing.SecretsTestResource;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: the packaged service, reporting under load, is killed with SIGKILL and started
 * again; every status it answered "accepted" before dying is in the database afterwards (or a newer one), and every
 * callback it had queued is delivered after the restart.
 */
class IngestDurabilityIT {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int CELLS = 50;

    /** The packaged service's surroundings: its own embedded PostgreSQL, keys and environment. */
    private record Setup(Path root, Path work, SuiteService service, PostgresServer postgres, SuiteEnvironment suite,
                         Map<String, String> env) {

        ServiceProcess start() throws InterruptedException {
            return IngestDurabilityIT.start(service, root, work, env, suite);
        }
    }

    private static Setup setUp(PostgresServer postgres, Path work) throws Exception {
        SuiteService service = SuiteService.CHARGING_PLATFORM;
        postgres.createDatabaseIfMissing(service.database());
        SuiteEnvironment suite = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + 12_000);
        Map<String, String> env = new HashMap<>(suite.of(service));
        env.put("GATEWAY_JWT_ISSUER", SecretsTestResource.ISSUER);
        TestTokens.useSigningKey(KeyMaterial.rsaKeyPair(work.resolve("keys"), "gateway-jwt").privateKey());
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = suite.portOf(service);
        return new Setup(Path.of("..").toAbsolutePath().normalize(), work, service, postgres, suite, env);
    }

    @Test
    void everyAcknowledgedStatusSurvivesAKill() throws Exception {
        Path work = Files.createTempDirectory("ingest-durability");
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
            Setup setup = setUp(postgres, work);
            SuiteService service = setup.service();
            ServiceProcess process = setup.start();
            OperatorClient operator = OperatorClient.onboard();
            String[] cells = new String[CELLS];
            for (int i = 0; i < CELLS; i++) {
                cells[i] = "C" + i;
            }
            operator.network("S1", "E1", java.util.Arrays.copyOfRange(cells, 0, 40));
            operator.network("S2", "E2", java.util.Arrays.copyOfRange(cells, 40, CELLS));
            operator.token();

            // Reports with ever newer times, from a few threads; remember the newest accepted per connector.
            Map<String, LocalDateTime> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            AtomicInteger accepted = new AtomicInteger();
            LocalDateTime base = LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).minusDays(1).withNano(0);
            Thread[] senders = new Thread[4];
            for (int t = 0; t < senders.length; t++) {
                senders[t] = new Thread(() -> {
                    while (!stop.get()) {
                        int n = sequence.incrementAndGet();
                        String cell = cells[n % CELLS];
                        LocalDateTime time = base.plusSeconds(n);
                        try {
                            String result = operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status(cell, n % 4,
                                    time.format(TIME))).extract().path("data.items[0].result");
                            if ("accepted".equals(result)) {
                                acknowledged.merge(cell, time, (a, b) -> a.isAfter(b) ? a : b);
                                accepted.incrementAndGet();
                            }
                        } catch (RuntimeException killed) {
                            // the service went away mid-call: this report was not acknowledged
                        }
                    }
                });
                senders[t].start();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (accepted.get() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            process.stop(Duration.ofSeconds(5));
            stop.set(true);
            for (Thread sender : senders) {
                sender.join(10_000);
            }
            assertThat(accepted.get()).as("reports acknowledged before the kill").isGreaterThanOrEqualTo(300);

            ServiceProcess restarted = setup.start();
            try {
                Map<String, LocalDateTime> stored = stored(postgres, service.database(), operator.operatorId);
                for (Map.Entry<String, LocalDateTime> ack : acknowledged.entrySet()) {
                    assertThat(stored.get(ack.getKey())).as("stored status of " + ack.getKey()).isAfterOrEqualTo(ack.getValue());
                }
                // And the restarted service takes reports again.
                operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 1, OperatorClient.now())).statusCode(200);
            } finally {
                restarted.stop(Duration.ofSeconds(10));
                RestAssured.reset();
            }
        }
    }

    /**
     * Callbacks queued while the operator's server fails are in the outbox, not in memory: the service is killed
     * with SIGKILL, the operator's server recovers, and after the restart every call arrives, none twice.
     */
    @Test
    void queuedCallbacksSurviveAKill() throws Exception {
        Path work = Files.createTempDirectory("callback-durability");
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"));
             OperatorServer server = new OperatorServer()) {
            Setup setup = setUp(postgres, work);
            // Short waits, so the test does not sit out a production lease (2 min) or breaker (30 s).
            setup.env().put("PLATFORM_CALLBACK_LEASE", "PT10S");
            setup.env().put("PLATFORM_CALLBACK_BREAKER_OPEN", "PT3S");
            setup.env().put("PLATFORM_CALLBACK_BACKOFF_BASE", "PT0.2S");
            ServiceProcess process = setup.start();
            OperatorClient operator = OperatorClient.onboard();
            ThroughTheGateway.asAdmin().contentType("application/json").body("{\"cidrs\":[\"127.0.0.0/8\"]}")
                    .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(200);
            operator.call("PUT", "/platform/realtime/callback/reportFailure", "{\"url\":\"" + server.url("/failure") + "\"}").statusCode(200);
            server.otherwise = call -> new OperatorServer.Answer(503, "");
            StringBuilder reports = new StringBuilder("[");
            for (int i = 0; i < 20; i++) {
                reports.append(i == 0 ? "" : ",").append(OperatorClient.status("LOST" + i, 1, OperatorClient.now()));
            }
            operator.call("POST", "/platform/realtime/cell/status/list", reports.append("]").toString()).statusCode(200)
                    .body("data.rejected", org.hamcrest.Matchers.equalTo(20));
            assertThat(server.next(15)).as("the platform tried while the operator's server failed").isNotNull();

            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            process.stop(Duration.ofSeconds(5));
            // The operator's server recovers only once the restarted service is up: a call the killed process had in
            // flight may still be handled after the kill, and must not count as a success the platform never saw.
            ServiceProcess restarted = setup.start();
            java.util.List<String> succeeded = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            server.otherwise = call -> {
                succeeded.add(io.restassured.path.json.JsonPath.from(call.body()).getString("cellId"));
                return new OperatorServer.Answer(200, "");
            };
            try {
                java.util.Set<String> delivered = new java.util.HashSet<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (delivered.size() < 20 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    synchronized (succeeded) {
                        for (String cellId : succeeded) {
                            assertThat(delivered.add(cellId)).as("delivered once after its success").isTrue();
                        }
                        succeeded.clear();
                    }
                }
                assertThat(delivered).as("every queued call, after the restart").hasSize(20);
                Thread.sleep(3000);
                assertThat(succeeded).as("nothing more").isEmpty();
            } finally {
                restarted.stop(Duration.ofSeconds(10));
                RestAssured.reset();
            }
        }
    }

    private static ServiceProcess start(SuiteService service, Path root, Path work, Map<String, String> env, SuiteEnvironment suite)
            throws InterruptedException {
        ServiceProcess process = ServiceProcess.start(service, root, work.resolve("charging.log"), env);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!ServiceProcess.isReady(service, suite.urlOf(service))) {
            assertThat(System.nanoTime()).as("ready within 90 s (log: " + work.resolve("charging.log") + ")").isLessThan(deadline);
            Thread.sleep(200);
        }
        return process;
    }

    private static Map<String, LocalDateTime> stored(PostgresServer postgres, String database, String operatorId) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", postgres.username());
        credentials.setProperty("password", postgres.password());
        Map<String, LocalDateTime> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), credentials);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT cell_id, status_time FROM cell_status WHERE operator_id = '" + operatorId + "'")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getTimestamp(2).toLocalDateTime());
            }
        }
        return stored;
    }
}
