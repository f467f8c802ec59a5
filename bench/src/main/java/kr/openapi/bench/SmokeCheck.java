package kr.openapi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * The smoke test of deploy/native-smoke.sh: starts the six services (native executables, or the JVM runner jars
 * where no native toolchain exists) on an embedded PostgreSQL with the production profile, waits for each
 * readiness, calls one real endpoint per service through the gateway, and prints each service's start time and
 * resident memory. Exits 1 when a service does not start or a call does not answer as expected.
 * Usage: {@code SmokeCheck native|jvm}
 */
public final class SmokeCheck {

    /** Ports 28080-28085: beside a running ./suite (8080-8085) and the benchmarks. */
    private static final int OFFSET = 20_000;
    private static final String ADMIN = "smokeadmin";
    private static final String ADMIN_PASSWORD = "Smoke!admin1";

    /** zonky logs every step of initdb and pg_ctl; the smoke test says what matters itself. */
    private static final java.util.logging.Logger ZONKY_LOG = quiet();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean nativeMode = args.length > 0 && args[0].equals("native");
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("smoke");
        System.exit(new SmokeCheck().run(root, work, nativeMode));
    }

    private int run(Path root, Path work, boolean nativeMode) throws Exception {
        Map<SuiteService, ServiceProcess> running = new LinkedHashMap<>();
        Map<SuiteService, Double> readyAfter = new LinkedHashMap<>();
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
            SuiteEnvironment environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
            long started = System.nanoTime();
            for (SuiteService service : SuiteService.values()) {
                postgres.createDatabaseIfMissing(service.database());
                Map<String, String> env = new HashMap<>(environment.of(service));
                env.put("PORTAL_ADMIN_LOGIN", ADMIN);
                env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
                env.put("CATALOG_SAMPLE_SERVICES", "200");
                env.put("CONSENT_DEMO_VEHICLES", "100");
                Path log = work.resolve(service.module() + ".log");
                running.put(service, nativeMode ? ServiceProcess.startNative(service, root, log, env)
                        : ServiceProcess.start(service, root, log, env));
            }
            awaitReady(running, environment, started, readyAfter);
            if (readyAfter.size() == running.size()) {
                checkEndpoints(environment.urlOf(SuiteService.GATEWAY));
            }
            printTable(nativeMode, running, readyAfter, work);
        } finally {
            running.values().parallelStream().forEach(process -> process.stop(Duration.ofSeconds(10)));
        }
        failures.forEach(failure -> System.out.println("FAILED: " + failure));
        System.out.println(failures.isEmpty() ? "Smoke checks passed." : failures.size() + " smoke check(s) failed; logs in " + work);
        return failures.isEmpty() ? 0 : 1;
    }

    private void awaitReady(Map<SuiteService, ServiceProcess> running, SuiteEnvironment environment, long started,
                            Map<SuiteService, Double> readyAfter) throws InterruptedException {
        long deadline = started + Duration.ofSeconds(240).toNanos();
        while (readyAfter.size() < running.size() && System.nanoTime() < deadline) {
            for (Map.Entry<SuiteService, ServiceProcess> entry : running.entrySet()) {
                SuiteService service = entry.getKey();
                if (readyAfter.containsKey(service)) {
                    continue;
                }
                if (!entry.getValue().isAlive()) {
                    failures.add(service.module() + " stopped while starting");
                    return;
                }
                if (ServiceProcess.isReady(service, environment.urlOf(service))) {
                    readyAfter.put(service, (System.nanoTime() - started) / 1e9);
                }
            }
            Thread.sleep(100);
        }
        running.keySet().stream().filter(service -> !readyAfter.containsKey(service))
                .forEach(service -> failures.add(service.module() + " not ready within 240 s"));
    }

    /** One real call per service, through the gateway as clients make them. */
    private void checkEndpoints(String gateway) throws Exception {
        String admin = BenchSupport.token(BenchSupport.post(http, gateway + "/api/v1/auth/login", null,
                "{\"loginId\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"));
        expect("key-issuance-service: the portal's home page", get(gateway + "/portal/", null), 200, "<html");
        String key = BenchSupport.issueKey(gateway, "public-service-catalog", ADMIN, ADMIN_PASSWORD);
        String list = gateway + "/openapi/svc/list?serviceKey=" + key + "&_type=json&numOfRows=5";
        HttpResponse<String> services = get(list, null);
        for (int attempt = 0; attempt < 50 && !services.body().contains("\"resultCode\":\"00\""); attempt++) {
            Thread.sleep(200); // the new key reaches the gateway within a second or two
            services = get(list, null);
        }
        expect("public-service-catalog: svc/list with a new key", services, 200, "\"resultCode\":\"00\"");
        expect("vehicle-consent-service: the item catalogue", get(gateway + "/admin/consent/items", admin), 200, "VEHICLE_BASIC");
        expect("driver-insurance-service: pending consent requests", get(gateway + "/admin/driver/consent-requests?status=PENDING", admin), 200, "[");
        expect("charging-platform-service: public tariffs", get(gateway + "/ev/public/tariffs", null), 200, "<resultCode>00</resultCode>");
        // The Gov24 API answers its failures with 200 and the code in the body, as api.gov.kr does.
        expect("gateway: a call without a key is refused", get(gateway + "/openapi/svc/list?_type=json", null), 200, "\"resultCode\":\"30\"");
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expect(String check, HttpResponse<String> response, int status, String fragment) {
        boolean passed = response.statusCode() == status && response.body().contains(fragment);
        System.out.printf("  %-4s %s (%d)%n", passed ? "ok" : "FAIL", check, response.statusCode());
        if (!passed) {
            String body = response.body();
            failures.add(check + ": " + response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
        }
    }

    private static void printTable(boolean nativeMode, Map<SuiteService, ServiceProcess> running,
                                   Map<SuiteService, Double> readyAfter, Path work) {
        System.out.println();
        System.out.printf("%-28s %-7s %16s %14s%n", "service", "runner", "ready after (s)", "resident (MB)");
        running.forEach((service, process) -> System.out.printf("%-28s %-7s %16s %14s%n", service.module(),
                nativeMode ? "native" : "jvm", readyAfter.containsKey(service) ? String.format("%.1f", readyAfter.get(service)) : "-",
                residentMegabytes(process.pid())));
        System.out.println("(all six started at once on " + Runtime.getRuntime().availableProcessors()
                + " cores; ready = /q/health/ready UP, migrations and sample data included; logs in " + work + ")");
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.zonky");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** VmRSS of a process from /proc (Linux), in MB. */
    private static String residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return String.format("%.0f", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (Exception e) {
            // Not Linux, or the process has ended.
        }
        return "-";
    }
}
