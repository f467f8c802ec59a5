package kr.openapi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * Designated-driver insurance through the gateway, as a dispatch system calls it: insDriver of 1,000 drivers (each
 * round a new company), findInsurance of the same 1,000 consenting, insured drivers, and one-time tokens issued and
 * spent per second by a few concurrent clients. Packaged key-issuance, driver-insurance and gateway on an embedded
 * PostgreSQL; the drivers are those of the service's generated insurer feed. Run with {@code bench/driver.sh}.
 */
public final class DriverBenchmark {

    private static final int OFFSET = 21_000;
    private static final int DRIVERS = 1_000;
    private static final String[] NAMES = {"김민준", "이서연", "박도윤", "최지우", "정하준", "강서윤", "조시우", "윤지민", "장예준", "임수아"};
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String key;
    private final Map<String, String> client;

    private DriverBenchmark(String gateway, String key, Map<String, String> client) {
        this.gateway = gateway;
        this.key = key;
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("driver-bench");
        List<ServiceProcess> services = new ArrayList<>();
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
            SuiteEnvironment environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
            services.addAll(BenchSupport.startBehindGateway(root, work, postgres, environment, SuiteService.DRIVER_INSURANCE, Map.of("DRIVER_DEMO_POLICIES", Integer.toString(DRIVERS))));
            String gateway = environment.urlOf(SuiteService.GATEWAY);
            String key = BenchSupport.issueKey(gateway, "driver-insurance", "benchadmin", "Bench!admin1");
            Map<String, String> client = environment.readDemoCredentials(SuiteService.DRIVER_INSURANCE);
            DriverBenchmark bench = new DriverBenchmark(gateway, key, client);
            bench.awaitKey();
            bench.run(rounds, seconds, clients, BenchSupport.token(BenchSupport.post(bench.http, gateway + "/api/v1/auth/login", null,
                    "{\"loginId\":\"benchadmin\",\"password\":\"Bench!admin1\"}")));
        } finally {
            services.forEach(service -> service.stop(Duration.ofSeconds(10)));
        }
    }

    private void run(int rounds, int seconds, int clients, String admin) throws Exception {
        String rows = rows();
        // Warm-up, and the company whose drivers consent: its 1,000 drivers agree on their pages.
        String consenting = "3000000000";
        call("insDriver", batch("D1", consenting, rows, true));
        String links = BenchSupport.get(http, gateway + "/admin/driver/consent-requests?bizCode=" + consenting, admin);
        Matcher link = Pattern.compile("\"consentUrl\":\"([^\"]+)\"").matcher(links);
        int agreed = 0;
        while (link.find()) {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + link.group(1)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("decision=agree")).build(), HttpResponse.BodyHandlers.discarding());
            agreed += answer.statusCode() == 303 ? 1 : 0;
        }
        System.out.printf("%d drivers registered and consenting%n", agreed);
        for (int i = 0; i < 5; i++) {
            call("findInsurance", batch("D4", consenting, rows, false));
            call("insDriver", batch("D1", Long.toString(3_100_000_000L + i), rows, true));
        }

        List<Double> insert = new ArrayList<>();
        List<Double> find = new ArrayList<>();
        int covered = 0;
        for (int round = 0; round < rounds; round++) {
            String body = batch("D1", Long.toString(3_200_000_000L + round), rows, true);
            long started = System.nanoTime();
            String answer = call("insDriver", body);
            insert.add((System.nanoTime() - started) / 1e6);
            require(count(answer, "\"resBizCode\":\"0000\"") == DRIVERS, "insDriver registered all: " + answer.substring(0, 200));

            body = batch("D4", consenting, rows, false);
            started = System.nanoTime();
            answer = call("findInsurance", body);
            find.add((System.nanoTime() - started) / 1e6);
            covered = count(answer, "\"asEnrollYn\":\"Y\"");
        }
        System.out.printf("%n| call (through the gateway, %d rounds) | p50 | p99 | max |%n|---|---|---|---|%n", rounds);
        System.out.printf("| insDriver, 1,000 new drivers | %.0f ms | %.0f ms | %.0f ms |%n", BenchSupport.percentile(insert, 50),
                BenchSupport.percentile(insert, 99), BenchSupport.percentile(insert, 100));
        System.out.printf("| findInsurance, 1,000 consenting drivers (%d with cover) | %.0f ms | %.0f ms | %.0f ms |%n", covered,
                BenchSupport.percentile(find, 50), BenchSupport.percentile(find, 99), BenchSupport.percentile(find, 100));

        // Tokens: getToken, then spend it on a one-driver findInsurance; pairs per second over `seconds`.
        String one = rows.substring(0, rows.indexOf('}') + 1) + "]";
        AtomicInteger pairs = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String answer = call("findInsurance", batch("D4", consenting, one, false));
                    if (answer.contains("\"asEnrollYn\":\"Y\"")) {
                        pairs.incrementAndGet();
                    } else {
                        wrong.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        System.out.printf("%ntokens issued and spent (getToken + a one-driver findInsurance, %d clients): %.0f per second (%d failed)%n",
                clients, pairs.get() / (double) seconds, wrong.get());
    }

    /** A batch with a fresh token of its business code (getToken shares the bizSeqNo, as in the guide). */
    private String batch(String code, String bizCode, String rows, boolean withName) {
        String seq = "B" + System.currentTimeMillis() % 1_000_000_000L + SEQUENCE.incrementAndGet();
        String token = BenchSupport.field(call("getToken", "{\"clientKey\":\"" + client.get("clientKey") + "\",\"clientSecurity\":\""
                + client.get("clientSecurity") + "\",\"appBizCode\":\"" + client.get("appBizCode") + "\",\"bizSeqNo\":\"" + seq
                + "\",\"reqDate\":\"" + now() + "\",\"reqBizCode\":\"" + code + "\"}"), "accessToken");
        int count = rows.split("driverName").length - 1;
        return "{\"clientKey\":\"" + client.get("clientKey") + "\",\"bizCode\":\"" + bizCode + "\"" + (withName ? ",\"bizName\":\"벤치대리\"" : "")
                + ",\"accessToken\":\"" + token + "\",\"bizSeqNo\":\"" + seq + "\",\"reqCount\":\"" + count + "\",\"reqDate\":\"" + now()
                + "\",\"reqList\":" + rows + "}";
    }

    /** The first 1,000 drivers of the generated insurer feed (DemoData in driver-insurance-service). */
    private static String rows() {
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < DRIVERS; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"driverName\":\"").append(NAMES[i % NAMES.length]).append("\",\"registerNo\":\"")
                    .append(String.format("%02d%02d%02d%d", 70 + i % 30, 1 + i % 12, 1 + i % 28, 1 + i % 2)).append("\",\"phone\":\"")
                    .append(String.format("0109%07d", i + 1)).append("\"}");
        }
        return rows.append("]").toString();
    }

    private String call(String operation, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/driver/v1/" + operation + "?serviceKey=" + key))
                    .header("Content-Type", "application/json;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            require(response.statusCode() == 200, operation + " answered " + response.statusCode() + ": " + response.body());
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(operation + " failed", e);
        }
    }

    private void awaitKey() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                call("getToken", "{}");
                return;
            } catch (IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the gateway never accepted the key");
    }

    private static String now() {
        return LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }
}
