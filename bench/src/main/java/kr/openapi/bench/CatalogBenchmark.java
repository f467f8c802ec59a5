package kr.openapi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;
import kr.openapi.deploy.secrets.KeyMaterial;

/**
 * List and search latency of public-service-catalog over a generated catalogue of N services (100,000 by
 * default): the packaged service on an embedded PostgreSQL, loaded by its own sample generator, then each kind of
 * list page requested by a few concurrent clients; then the bulk import of a large file ({@link ImportMeasurement}).
 * Run with {@code bench/catalog.sh}.
 */
public final class CatalogBenchmark {

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("list, no condition (RANK)", "format=xml");
        PAGES.put("list, one category, DATE", "format=xml&lrgAstCd=040000&mdmAstCd=040200&sort=DATE");
        PAGES.put("list, VW_CNT", "format=xml&sort=VW_CNT");
        PAGES.put("search 결핵 (rare word)", "format=xml&srhQuery=" + encode("결핵"));
        PAGES.put("search 노인 (common word)", "format=xml&srhQuery=" + encode("노인"));
        PAGES.put("search 건강검진", "format=xml&srhQuery=" + encode("건강검진"));
        PAGES.put("search 노인 건강검진 (two words)", "format=xml&srhQuery=" + encode("노인 건강검진"));
        PAGES.put("search 지원 (in most services), page 50", "format=xml&srhQuery=" + encode("지원") + "&pageIndex=50");
        PAGES.put("search 노인, SORT_TTL", "format=xml&srhQuery=" + encode("노인") + "&sort=SORT_TTL");
        PAGES.put("search 노인, JSON, 100 a page", "format=json&srhQuery=" + encode("노인") + "&pageSize=100");
        PAGES.put("detail (counts a view)", "format=xml&svcId=SG0000012345");
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int importServices = args.length > 3 ? Integer.parseInt(args[3]) : 40_000;
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("catalog-bench");
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
            SuiteService catalog = SuiteService.PUBLIC_SERVICE_CATALOG;
            postgres.createDatabaseIfMissing(catalog.database());
            SuiteEnvironment suite = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port);
            Map<String, String> environment = new LinkedHashMap<>(suite.of(catalog));
            environment.put("CATALOG_SAMPLE_SERVICES", Integer.toString(services));
            String token = BenchSupport.gatewayToken(KeyMaterial.rsaKeyPair(work.resolve("keys"), "gateway-jwt").privateKey());
            long loading = System.nanoTime();
            ServiceProcess process = ServiceProcess.start(catalog, root, work.resolve("catalog.log"), environment);
            try {
                awaitReady(process, suite.urlOf(catalog));
                System.out.printf("Loaded %,d generated services in %d s (log: %s)%n", services,
                        Duration.ofNanos(System.nanoTime() - loading).toSeconds(), work.resolve("catalog.log"));
                measure(suite.urlOf(catalog), token, services, requests, clients);
                ImportMeasurement.run(suite.urlOf(catalog), token, process.pid(), work, importServices);
            } finally {
                process.stop(Duration.ofSeconds(10));
            }
        }
    }

    /**
     * Each page alone (one client: the latency a caller sees) and under load ({@code clients} at once on the 2-core
     * machine: throughput, and latency that now includes waiting for a core).
     */
    private static void measure(String baseUrl, String token, int services, int requests, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        System.out.printf("%n%,d services; per row %d requests after %d of warm-up, by 1 client, then by %d clients%n%n",
                services, requests, requests / 5, clients);
        System.out.printf("| page | totalCount | p50, 1 client | p99, 1 client | p50, %1$d clients | p99, %1$d clients | requests/s, %1$d clients |%n", clients);
        System.out.println("|---|---|---|---|---|---|---|");
        try {
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                String path = page.getValue().contains("svcId") ? "/openapi/svc" : "/openapi/svc/list";
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + page.getValue()))
                        .header("Authorization", "Bearer " + token).build();
                String first = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                run(http, pool, request, requests / 5, clients);
                List<Double> alone = run(http, pool, request, requests, 1);
                long started = System.nanoTime();
                List<Double> loaded = run(http, pool, request, requests, clients);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f |%n", page.getKey(), totalCount(first),
                        BenchSupport.percentile(alone, 50), BenchSupport.percentile(alone, 99),
                        BenchSupport.percentile(loaded, 50), BenchSupport.percentile(loaded, 99), requests / seconds);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code count} requests spread over {@code clients} threads; each answer must be code 00. */
    private static List<Double> run(HttpClient http, ExecutorService pool, HttpRequest request, int count, int clients)
            throws Exception {
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int share = count / clients;
            futures.add(pool.submit(() -> {
                List<Double> millis = new ArrayList<>(share);
                for (int i = 0; i < share; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (response.statusCode() != 200 || !response.body().contains("00")) {
                        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
                    }
                }
                return millis;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> future : futures) {
            all.addAll(future.get());
        }
        return Collections.unmodifiableList(all);
    }

    private static String totalCount(String body) {
        String count = body.replaceAll("(?s).*?\"?totalCount\"?[>:](\\d+).*", "$1");
        return count.equals(body) ? "" : String.format("%,d", Long.parseLong(count));
    }

    private static void awaitReady(ServiceProcess process, String baseUrl) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (!ServiceProcess.isReady(SuiteService.PUBLIC_SERVICE_CATALOG, baseUrl)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("public-service-catalog did not start (is port 8083 free? is it built?)");
            }
            Thread.sleep(500);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
