package kr.openapi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * The gateway's cost, measured in one run on one machine: a trivial upstream (nginx answering a short body), that
 * upstream alone, nginx proxying it, and the gateway proxying it with every check on (service key, IP allowlist,
 * quota, internal token). Throughput with wrk (1 thread, 32 connections), latency at a fixed 2,000 requests/s with
 * hey. Run with {@code bench/gateway.sh}.
 */
public final class GatewayBenchmark {

    private static final int UPSTREAM_PORT = 19090;
    private static final int NGINX_PROXY_PORT = 19091;
    private static final int OFFSET = 20_000;

    public static void main(String[] args) throws Exception {
        String duration = args.length > 0 ? args[0] : "10s";
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("gateway-bench");
        Process nginx = startNginx(work);
        List<ServiceProcess> services = new ArrayList<>();
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
            SuiteEnvironment environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
            for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.GATEWAY)) {
                postgres.createDatabaseIfMissing(service.database());
                Map<String, String> env = new HashMap<>(environment.of(service));
                env.put("PORTAL_ADMIN_LOGIN", "benchadmin");
                env.put("PORTAL_ADMIN_PASSWORD", "Bench!admin1");
                env.put("GATEWAY_ROUTES_BENCH_PREFIXES", "/bench/");
                env.put("GATEWAY_ROUTES_BENCH_UPSTREAM", "bench");
                env.put("GATEWAY_ROUTES_BENCH_AUTH", "service-key");
                env.put("GATEWAY_ROUTES_BENCH_PRODUCT", "ev-charger");
                env.put("GATEWAY_UPSTREAMS_BENCH_URL", "http://127.0.0.1:" + UPSTREAM_PORT);
                env.put("QUARKUS_LOG_CATEGORY__GATEWAY_ACCESS__LEVEL", "WARN");
                if (service == SuiteService.GATEWAY && System.getenv("BENCH_JFR") != null) {
                    // A CPU profile of the gateway for the whole run: jfr print --events jdk.ExecutionSample <file>
                    env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + work.resolve("gateway.jfr") + ",settings=profile");
                    System.out.println("Profiling the gateway into " + work.resolve("gateway.jfr"));
                }
                services.add(ServiceProcess.start(service, root, work.resolve(service.module() + ".log"), env));
                BenchSupport.awaitReady(service, environment.urlOf(service));
            }
            String key = BenchSupport.issueKey(environment.urlOf(SuiteService.GATEWAY), "ev-charger", "benchadmin", "Bench!admin1");
            String gateway = environment.urlOf(SuiteService.GATEWAY) + "/bench/ok?serviceKey=" + key;
            String upstream = "http://127.0.0.1:" + UPSTREAM_PORT + "/bench/ok";
            String nginxProxy = "http://127.0.0.1:" + NGINX_PROXY_PORT + "/bench/ok";
            awaitStatus(gateway, 200);

            for (String url : List.of(upstream, nginxProxy, gateway)) {
                run("wrk", "-t1", "-c32", "-d15s", url);
            }
            Map<String, Double> throughput = new HashMap<>();
            Map<String, double[]> latency = new HashMap<>();
            for (Map.Entry<String, String> target : Map.of("upstream alone", upstream, "nginx proxy", nginxProxy,
                    "gateway", gateway).entrySet()) {
                throughput.put(target.getKey(), requestsPerSecond(run("wrk", "-t1", "-c32", "-d" + duration, target.getValue())));
                latency.put(target.getKey(), percentiles(run("hey", "-z", duration, "-c", "8", "-q", "250", target.getValue())));
            }
            print(throughput, latency);
        } finally {
            services.forEach(service -> service.stop(Duration.ofSeconds(10)));
            nginx.destroy();
        }
    }

    private static Process startNginx(Path work) throws IOException {
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                daemon off;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  upstream trivial { server 127.0.0.1:%2$d; keepalive 64; }
                  server { listen 127.0.0.1:%2$d; location / { default_type application/json; return 200 '{"ok":true}'; } }
                  server { listen 127.0.0.1:%3$d;
                    location / { proxy_pass http://trivial; proxy_http_version 1.1; proxy_set_header Connection ""; } }
                }
                """.formatted(work, UPSTREAM_PORT, NGINX_PROXY_PORT));
        return new ProcessBuilder("nginx", "-c", conf.toString(), "-p", work.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile()).start();
    }

    private static void awaitStatus(String url, int status) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " never answered " + status);
            }
            Thread.sleep(200);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static double requestsPerSecond(String wrkOutput) {
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(wrkOutput);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + wrkOutput);
        }
        return Double.parseDouble(m.group(1));
    }

    /** p50 and p99 in milliseconds from hey's latency distribution. */
    private static double[] percentiles(String heyOutput) {
        return new double[] {percentile(heyOutput, "50%"), percentile(heyOutput, "99%")};
    }

    private static double percentile(String heyOutput, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " in ([0-9.]+) secs").matcher(heyOutput);
        if (!m.find()) {
            throw new IllegalStateException("hey said: " + heyOutput);
        }
        return Double.parseDouble(m.group(1)) * 1000;
    }

    private static void print(Map<String, Double> throughput, Map<String, double[]> latency) {
        double[] base = latency.get("upstream alone");
        System.out.printf("%n| target | throughput (wrk -t1 -c32) | p50 at 2,000 req/s | p99 at 2,000 req/s |%n|---|---|---|---|%n");
        for (String target : List.of("upstream alone", "nginx proxy", "gateway")) {
            double[] l = latency.get(target);
            System.out.printf("| %s | %,.0f req/s | %.2f ms | %.2f ms |%n", target, throughput.get(target), l[0], l[1]);
        }
        double[] g = latency.get("gateway");
        System.out.printf("%nthroughput gateway / nginx: %.2f (goal >= 0.7); added latency: p50 %.2f ms (goal <= 0.5), p99 %.2f ms (goal <= 2)%n",
                throughput.get("gateway") / throughput.get("nginx proxy"), g[0] - base[0], g[1] - base[1]);
    }
}
