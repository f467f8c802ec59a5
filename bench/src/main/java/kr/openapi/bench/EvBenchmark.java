package kr.openapi.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;
import kr.openapi.deploy.secrets.KeyMaterial;

/**
 * The public EV charger API over a national-sized network, and the callback fan-out. Loads 100,000 stations with
 * 500,000 connectors into the charging platform's database (SQL, the way a bulk migration would: the operator API's
 * own speed is the ingest benchmark's), then times getChargerNearby and getChargerStatus through the gateway with an
 * ev-charger key; then queues callbacks to 1,000 operators whose server is a local one, one operator's address never
 * answering, and measures the calls delivered per second. Run with {@code bench/ev.sh}.
 */
public final class EvBenchmark {

    private static final int OFFSET = 24_000;
    private static final int STATIONS = 100_000;
    private static final int OPERATORS = 1_000;
    private static final int CALLS_PER_OPERATOR = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Sent as the gateway's token when calling the service directly. */
    private String token;
    private final List<String> statIds = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("ev-bench");
        List<ServiceProcess> services = new ArrayList<>();
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, false, work.resolve("pg.log"))) {
            SuiteEnvironment environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
            services.addAll(BenchSupport.startBehindGateway(root, work, postgres, environment, SuiteService.CHARGING_PLATFORM, Map.of()));
            Properties credentials = new Properties();
            credentials.setProperty("user", postgres.username());
            credentials.setProperty("password", postgres.password());
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(SuiteService.CHARGING_PLATFORM.database()), credentials)) {
                long loading = System.nanoTime();
                loadNetwork(db);
                System.out.printf("Loaded %,d stations and %,d connectors in %.0f s%n", STATIONS, STATIONS * 5,
                        (System.nanoTime() - loading) / 1e9);
                String gateway = environment.urlOf(SuiteService.GATEWAY);
                String key = BenchSupport.issueKey(gateway, "ev-charger", "benchadmin", "Bench!admin1");
                Thread.sleep(3000); // the key reaches the gateway within a second or two
                EvBenchmark bench = new EvBenchmark();
                bench.queries(gateway, key, seconds, clients);
                // The same two queries at the service itself, with the token the gateway would send: the gateway's share.
                bench.token = BenchSupport.gatewayToken(KeyMaterial.rsaKeyPair(work.resolve("keys"), "gateway-jwt").privateKey(), "bench",
                        "key", "key:ev-charger");
                bench.direct(environment.urlOf(SuiteService.CHARGING_PLATFORM), seconds, clients);
                bench.fanOut(gateway, db);
            }
        } finally {
            services.forEach(service -> service.stop(Duration.ofSeconds(10)));
        }
    }

    /** 100,000 stations over South Korea's mainland, five connectors each; statuses changed over the last ten hours. */
    private static void loadNetwork(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO operator (operator_id, name, busi_id) VALUES ('BENCH', '벤치충전', 'BE')");
            sql.execute("CREATE TEMP TABLE provinces (i int, zcode text) ON COMMIT PRESERVE ROWS");
            sql.execute("INSERT INTO provinces SELECT row_number() OVER () - 1, z FROM unnest(ARRAY['11','26','27','28','29','30','31','36',"
                    + "'41','43','44','46','47','48','50','51','52']) z");
            sql.execute("INSERT INTO station (operator_id, station_id, stat_id, station_name, address, area_code, station_lat, station_lng,"
                    + " busine_hours, station_type, station_status, park_free) SELECT 'BENCH', 'B' || g,"
                    + " 'BE' || lpad(to_base36(nextval('stat_id_seq')), 6, '0'), '벤치 충전소 ' || g, '경기도 벤치구 벤치로 ' || g,"
                    + " p.zcode || lpad((110 + (g / 17 % 25) * 10)::text, 3, '0'), 34.6 + random() * 3.4, 126.6 + random() * 2.7,"
                    + " '24시간', 1, 50, 'Y' FROM generate_series(0, " + (STATIONS - 1) + ") g JOIN provinces p ON p.i = g % 17");
            sql.execute("INSERT INTO equipment (operator_id, equipment_id, station_id, equipment_type, power)"
                    + " SELECT 'BENCH', station_id || '-E', station_id, 1, 100 FROM station WHERE operator_id = 'BENCH'");
            sql.execute("INSERT INTO cell (operator_id, cell_id, equipment_id, station_id, chger_id, cell_type, cell_standard,"
                    + " rated_voltage_upper_limit, rated_voltage_lower_limit, rated_current, rated_power, electricity_fee, service_fee,"
                    + " fire_control, smoke_sensation) SELECT 'BENCH', s.station_id || '-C' || n, s.station_id || '-E', s.station_id,"
                    + " lpad(n::text, 2, '0'), CASE WHEN n <= 2 THEN 2 ELSE 3 END, 'KS C IEC 62196', 750, 200, 200, 100, '300 원/kWh',"
                    + " '0 원/kWh', 1, 1 FROM station s CROSS JOIN generate_series(1, 5) n WHERE s.operator_id = 'BENCH'");
            sql.execute("INSERT INTO cell_status (operator_id, cell_id, status, status_time, status_changed_at, received_at)"
                    + " SELECT 'BENCH', cell_id, (ARRAY[0, 1, 1, 1, 2, 3, 3, 255])[1 + floor(random() * 8)::int], t, t, now()"
                    + " FROM (SELECT cell_id, (now() AT TIME ZONE 'Asia/Seoul') - random() * interval '10 hours' AS t FROM cell"
                    + " WHERE operator_id = 'BENCH') c");
            sql.execute("ANALYZE");
            // The plan of the nearby search's box: it should be the GiST index, not a scan of every station.
            try (ResultSet plan = sql.executeQuery("EXPLAIN ANALYZE SELECT count(*) FROM station s WHERE point(s.station_lng, s.station_lat)"
                    + " <@ box(point(126.96, 37.55), point(126.99, 37.57))")) {
                while (plan.next()) {
                    System.out.println("  " + plan.getString(1));
                }
            }
        }
    }

    private void direct(String service, int seconds, int clients) throws Exception {
        measure("getChargerNearby, 1 km, 10 rows, at the service", seconds, clients, () -> service
                + "/ev/getChargerNearby?dataType=JSON&radius=1000&lat=" + (34.8 + ThreadLocalRandom.current().nextDouble() * 3) + "&lng="
                + (126.8 + ThreadLocalRandom.current().nextDouble() * 2.3));
        measure("getChargerStatus, one station, at the service", seconds, clients, () -> service
                + "/ev/getChargerStatus?dataType=JSON&period=10&statId=" + statIds.get(ThreadLocalRandom.current().nextInt(statIds.size())));
    }

    private void queries(String gateway, String key, int seconds, int clients) throws Exception {
        String page = BenchSupport.get(http, gateway + "/ev/getChargerInfo?dataType=JSON&numOfRows=9999&zcode=11&serviceKey=" + key, "-");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"statId\":\"([A-Z0-9]{8})\"").matcher(page);
        while (m.find()) {
            statIds.add(m.group(1));
        }
        System.out.printf("%n| query, %d clients, %d s each, 500,000 connectors | p50 | p99 | calls/s |%n|---|---|---|---|%n", clients, seconds);
        measure("getChargerNearby, 1 km, 10 rows", seconds, clients, () -> gateway + "/ev/getChargerNearby?dataType=JSON&radius=1000&lat="
                + (34.8 + ThreadLocalRandom.current().nextDouble() * 3) + "&lng=" + (126.8 + ThreadLocalRandom.current().nextDouble() * 2.3)
                + "&serviceKey=" + key);
        measure("getChargerNearby, 5 km, 100 rows", seconds, clients, () -> gateway + "/ev/getChargerNearby?dataType=JSON&radius=5000"
                + "&numOfRows=100&lat=" + (34.8 + ThreadLocalRandom.current().nextDouble() * 3) + "&lng="
                + (126.8 + ThreadLocalRandom.current().nextDouble() * 2.3) + "&serviceKey=" + key);
        measure("getChargerStatus, one station (statId)", seconds, clients, () -> gateway + "/ev/getChargerStatus?dataType=JSON&period=10&statId="
                + statIds.get(ThreadLocalRandom.current().nextInt(statIds.size())) + "&serviceKey=" + key);
        measure("getChargerStatus, a district (zscode), period 10", seconds, clients, () -> gateway + "/ev/getChargerStatus?dataType=JSON"
                + "&period=10&zscode=11" + (110 + ThreadLocalRandom.current().nextInt(25) * 10) + "&serviceKey=" + key);
        measure("getChargerStatus, nationwide, period 5, 1,000 rows (XML)", seconds, clients, () -> gateway
                + "/ev/getChargerStatus?period=5&numOfRows=1000&serviceKey=" + key);
    }

    private void measure(String name, int seconds, int clients, Supplier<String> url) throws Exception {
        for (int i = 0; i < 20; i++) {
            call(url.get());
        }
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long at = System.nanoTime();
                    call(url.get());
                    latencies.add((System.nanoTime() - at) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        System.out.printf("| %s | %.1f ms | %.1f ms | %,.0f |%n", name, BenchSupport.percentile(latencies, 50),
                BenchSupport.percentile(latencies, 99), latencies.size() / (double) seconds);
    }

    private void call(String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** Two base-36 digits, unique per operator, never the demo's (DM) or the bench network's (BE). */
    private static String busiId(int i) {
        String code = Integer.toString(i + 100, 36).toUpperCase();
        return code.equals("BE") ? "ZY" : code.equals("DM") ? "ZZ" : code;
    }

    /**
     * 1,000 operators (onboarded and given secrets through the admin API, callbacks set in the database: the address
     * check is the registration test's subject), 10 calls each queued at once; operator 1's address never answers.
     */
    private void fanOut(String gateway, Connection db) throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/ok", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/never", exchange -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        String admin = BenchSupport.token(BenchSupport.post(http, gateway + "/api/v1/auth/login", null,
                "{\"loginId\":\"benchadmin\",\"password\":\"Bench!admin1\"}"));
        for (int i = 0; i < OPERATORS; i++) {
            String id = String.format("FAN%04d", i);
            BenchSupport.post(http, gateway + "/admin/charging/operators", admin, "{\"operatorId\":\"" + id + "\",\"operatorName\":\"팬아웃"
                    + i + "\",\"busiId\":\"" + busiId(i) + "\"}");
            BenchSupport.post(http, gateway + "/admin/charging/operators/" + id + "/secret", admin, "");
        }
        int port = server.getAddress().getPort();
        try (Statement sql = db.createStatement()) {
            sql.execute("UPDATE operator SET callback_allowlist = ARRAY['127.0.0.0/8'] WHERE operator_id LIKE 'FAN%'");
            sql.execute("INSERT INTO operator_callback (operator_id, type, url) SELECT operator_id, 'safety', CASE WHEN operator_id = 'FAN0001'"
                    + " THEN 'http://127.0.0.1:" + port + "/never' ELSE 'http://127.0.0.1:" + port + "/ok' END FROM operator WHERE operator_id LIKE 'FAN%'");
            long started = System.nanoTime();
            sql.execute("INSERT INTO callback_outbox (operator_id, type, payload) SELECT operator_id, 'safety',"
                    + " json_build_object('warningId', n, 'cellId', 'C' || n, 'type', 'OVER_TEMPERATURE', 'level', 'WARNING')::text"
                    + " FROM operator CROSS JOIN generate_series(1, " + CALLS_PER_OPERATOR + ") n WHERE operator_id LIKE 'FAN%'");
            int healthy = (OPERATORS - 1) * CALLS_PER_OPERATOR;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (received.get() < healthy && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            String slow;
            try (ResultSet rows = sql.executeQuery("SELECT count(*), coalesce(sum(attempts), 0) FROM callback_outbox"
                    + " WHERE operator_id = 'FAN0001' AND done_at IS NULL")) {
                rows.next();
                slow = rows.getLong(1) + " calls waiting, " + rows.getLong(2) + " attempts made";
            }
            System.out.printf("%n| callback fan-out, 1,000 operators x %d calls, one never answering | value |%n|---|---|%n", CALLS_PER_OPERATOR);
            System.out.printf("| %,d calls to the 999 healthy operators delivered | in %.1f s, %,.0f calls/s |%n", received.get(), elapsed,
                    received.get() / elapsed);
            System.out.printf("| the silent operator (5 s timeout, breaker after 5 failures) | %s |%n", slow);
        } finally {
            server.stop(0);
        }
    }
}
