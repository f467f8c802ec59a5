package kr.openapi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * Status ingest of the charging platform through the gateway: lists of 1,000 reports from several operators' programs
 * at once (reports per second, every report newer than the last so each is a real write), then single reports
 * (latency), with the service's resident memory. The demo network (10,000 connectors) as ./suite loads it. Run with
 * {@code bench/charging.sh}.
 */
public final class ChargingBenchmark {

    private static final int OFFSET = 22_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int CELLS = 10_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String key;
    private final String operatorId;
    private final String secret;
    private final String token;
    /** Each connector's reports are a second apart from now on, so every one is newer than the last (and than the demo's). */
    private final LocalDateTime base = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0);
    private final java.util.concurrent.atomic.AtomicIntegerArray reportsPerCell = new java.util.concurrent.atomic.AtomicIntegerArray(CELLS);

    private ChargingBenchmark(String gateway, String key, String operatorId, String secret) throws Exception {
        this.gateway = gateway;
        this.key = key;
        this.operatorId = operatorId;
        this.secret = secret;
        String datetime = now();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/platform/management/operatorAPIToken?serviceKey=" + key))
                .header("Datetime", datetime).header("OperatorId", operatorId)
                .header("Signature", sign("datetime: " + datetime + "\noperatorid: " + operatorId)).build(), HttpResponse.BodyHandlers.ofString());
        this.token = BenchSupport.field(answer.body(), "token");
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("charging-bench");
        List<ServiceProcess> services = new ArrayList<>();
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, false, work.resolve("pg.log"))) {
            SuiteEnvironment environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
            services.addAll(BenchSupport.startBehindGateway(root, work, postgres, environment, SuiteService.CHARGING_PLATFORM, Map.of()));
            ServiceProcess charging = services.get(1);
            String gateway = environment.urlOf(SuiteService.GATEWAY);
            String key = BenchSupport.issueKey(gateway, "charging-platform", "benchadmin", "Bench!admin1");
            Map<String, String> operator = environment.readDemoCredentials(SuiteService.CHARGING_PLATFORM);
            Thread.sleep(3000); // the key reaches the gateway within a second or two
            ChargingBenchmark bench = new ChargingBenchmark(gateway, key, operator.get("operatorId"), operator.get("operatorSecret"));
            bench.run(seconds, clients, charging.pid());
        } finally {
            services.forEach(service -> service.stop(Duration.ofSeconds(10)));
        }
    }

    private void run(int seconds, int clients, long chargingPid) throws Exception {
        long rssBefore = residentMb(chargingPid);
        for (int i = 0; i < 20; i++) {
            report("/platform/realtime/cell/status/list", list(1000));
        }
        AtomicInteger accepted = new AtomicInteger();
        AtomicLong peak = new AtomicLong(rssBefore);
        long started = System.nanoTime();
        long end = started + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String answer = report("/platform/realtime/cell/status/list", list(1000));
                    accepted.addAndGet(Integer.parseInt(BenchSupport.field(answer, "accepted")));
                }
                return null;
            }));
        }
        running.add(pool.submit(() -> {
            while (System.nanoTime() < end) {
                peak.accumulateAndGet(residentMb(chargingPid), Math::max);
                Thread.sleep(100);
            }
            return null;
        }));
        for (Future<?> future : running) {
            future.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n| status ingest through the gateway | value |%n|---|---|%n");
        System.out.printf("| lists of 1,000, %d clients, %d s | %,.0f reports/s accepted (%,d in all) |%n", clients, seconds,
                accepted.get() / elapsed, accepted.get());
        System.out.printf("| charging-platform resident memory | %d MB before, %d MB at most during |%n", rssBefore, peak.get());

        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        running.clear();
        long singlesEnd = System.nanoTime() + Duration.ofSeconds(seconds / 2).toNanos();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < singlesEnd) {
                    String body = list(1);
                    long at = System.nanoTime();
                    report("/platform/realtime/cell/status", body.substring(1, body.length() - 1));
                    latencies.add((System.nanoTime() - at) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        System.out.printf("| single reports, %d clients | p50 %.1f ms, p99 %.1f ms, %,.0f reports/s |%n", clients,
                BenchSupport.percentile(latencies, 50), BenchSupport.percentile(latencies, 99), latencies.size() / (seconds / 2.0));
    }

    /** {@code n} reports of random demo connectors, each newer than the connector's last. */
    private String list(int n) {
        StringBuilder body = new StringBuilder("[");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            int index = random.nextInt(CELLS);
            String cell = String.format("DS%05d-C%d", index / 5, index % 5);
            body.append(i == 0 ? "" : ",").append("{\"cellId\":\"").append(cell).append("\",\"status\":").append(1 + random.nextInt(3))
                    .append(",\"statusTime\":\"").append(base.plusSeconds(reportsPerCell.incrementAndGet(index)).format(TIME))
                    .append("\",\"soc\":").append(random.nextInt(100)).append("}");
        }
        return body.append("]").toString();
    }

    private String report(String path, String body) {
        String datetime = now();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + path + "?serviceKey=" + key))
                    .header("Content-Type", "application/json").header("Datetime", datetime).header("OperatorId", operatorId)
                    .header("Token", token).header("Signature", sign("datetime: " + datetime + "\noperatorid: " + operatorId + "\ntoken: " + token))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String now() {
        return LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(TIME);
    }

    private static long residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not on Linux
        }
        return -1;
    }
}
