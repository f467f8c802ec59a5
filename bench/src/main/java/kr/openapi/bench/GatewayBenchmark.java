package kr.openapi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * The gateway's cost, measured in one run on one machine, each proxy on the same CPU: a trivial upstream (nginx
 * answering a short body), that upstream alone, nginx (one worker) proxying it, two bare proxies on the gateway's own
 * libraries (what a JVM proxy costs on this machine before any check: {@link BareNettyProxy} on Netty alone,
 * {@link BareVertxProxy} on Vert.x's HTTP server and client), the gateway proxying it with every
 * check on (service key, IP allowlist, quota, internal token), and two gateway replicas sharing the Redis quota
 * store. The load generator, the upstream, PostgreSQL, key-issuance and Redis run on one core ({@code bench/gateway.sh}
 * pins this program there, and they inherit it); the proxy under test runs alone on the other, from its first
 * thread on. Throughput with wrk (1 thread, 32 connections), latency at a fixed 2,000 requests/s with hey.
 */
public final class GatewayBenchmark {

    private static final int UPSTREAM_PORT = 19090;
    private static final int NGINX_PROXY_PORT = 19091;
    private static final int BARE_VERTX_PORT = 19092;
    private static final int BARE_NETTY_PORT = 19093;
    private static final int REDIS_PORT = 16379;
    private static final int SECOND_REPLICA_PORT = 28090;
    private static final int OFFSET = 20_000;
    private static final String WARM_UP = System.getenv().getOrDefault("BENCH_WARM_UP", "30s");
    /** While changing the gateway (BENCH_QUICK=1): nginx's, the bare proxies' and the gateway's throughput only. */
    private static final boolean QUICK = System.getenv("BENCH_QUICK") != null;

    /**
     * One row: what one target did, how busy the two cores were while wrk measured it, and the proxy core's time per
     * call in user space and in the kernel (microseconds): where a proxy's cost goes, whatever the machine's speed.
     */
    private record Row(String target, double throughput, double p50, double p99, double proxyBusy, double loadBusy,
                       double steal, double userMicros, double kernelMicros, double ratio, double[] added) {

        Row withRatio(double alternated) {
            return new Row(target, throughput, p50, p99, proxyBusy, loadBusy, steal, userMicros, kernelMicros, alternated, added);
        }

        /** The p50 and p99 this proxy adds to the upstream's own, measured in alternated rounds. */
        Row withAdded(double[] alternated) {
            return new Row(target, throughput, p50, p99, proxyBusy, loadBusy, steal, userMicros, kernelMicros, ratio, alternated);
        }

        String perCall() {
            return "%.1f + %.1f µs".formatted(userMicros, kernelMicros);
        }
    }

    /**
     * Rounds of nginx then the target, back to back: this machine's speed drifts more between minutes than within one.
     * Many short rounds rather than a few long ones (same time in all): a median of 3 moved with one slow minute, a
     * median of 9 five-second rounds did not (README, "Gateway").
     */
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "9"));
    private static final String ROUND = System.getenv().getOrDefault("BENCH_ROUND", "5s");

    private final String duration;
    private final int loadCpu = Integer.parseInt(System.getenv().getOrDefault("BENCH_LOAD_CPU", "0"));
    private final int proxyCpu = Integer.parseInt(System.getenv().getOrDefault("BENCH_PROXY_CPU", "1"));
    private final List<String> onProxyCpu = List.of("taskset", "-c", String.valueOf(proxyCpu));

    private GatewayBenchmark(String duration) {
        this.duration = duration;
    }

    public static void main(String[] args) throws Exception {
        new GatewayBenchmark(args.length > 0 ? args[0] : "15s").run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("gateway-bench");
        System.out.printf("%s, %s; %d cores; %s %s; load generator, upstream and the rest on CPU %d, proxy under test alone on CPU %d%n",
                LocalDate.now(), CpuTimes.model(), Runtime.getRuntime().availableProcessors() == 1 ? 2 : Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadCpu, proxyCpu);
        List<Process> others = new ArrayList<>();
        List<ServiceProcess> services = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (PostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"))) {
          try {
            others.add(startNginx(work, "upstream", """
                    server { listen 127.0.0.1:%d; location / { default_type application/json; return 200 '{"ok":true}'; } }
                    """.formatted(UPSTREAM_PORT), List.of()));
            others.add(startNginx(work, "proxy", """
                    upstream trivial { server 127.0.0.1:%d; keepalive 64; }
                    server { listen 127.0.0.1:%d;
                      location / { proxy_pass http://trivial; proxy_http_version 1.1; proxy_set_header Connection ""; } }
                    """.formatted(UPSTREAM_PORT, NGINX_PROXY_PORT), onProxyCpu));
            others.add(startBareProxy(BareNettyProxy.class, BARE_NETTY_PORT, root, work));
            others.add(startBareProxy(BareVertxProxy.class, BARE_VERTX_PORT, root, work));
            SuiteEnvironment environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
            services.add(start(SuiteService.KEY_ISSUANCE, root, work, postgres, environment, Map.of(), List.of()));
            ServiceProcess gateway = start(SuiteService.GATEWAY, root, work, postgres, environment, Map.of(), onProxyCpu);
            services.add(gateway);
            String key = BenchSupport.issueKey(environment.urlOf(SuiteService.GATEWAY), "ev-charger", "benchadmin", "Bench!admin1");
            String path = "/bench/ok?serviceKey=" + key;
            String gatewayUrl = environment.urlOf(SuiteService.GATEWAY) + path;
            awaitStatus(gatewayUrl, 200);

            List<String> nginxUrl = List.of("http://127.0.0.1:" + NGINX_PROXY_PORT + "/bench/ok");
            List<String> nettyUrl = List.of("http://127.0.0.1:" + BARE_NETTY_PORT + "/bench/ok");
            List<String> vertxUrl = List.of("http://127.0.0.1:" + BARE_VERTX_PORT + "/bench/ok");
            awaitStatus(nettyUrl.get(0), 200);
            awaitStatus(vertxUrl.get(0), 200);
            if (System.getenv("BENCH_HOLD") != null) {
                // For strace, perf or a profiler by hand: the targets stay up until a line is read.
                System.out.printf("holding: nginx %s, bare Netty %s, gateway %s (pid %d); Enter stops%n",
                        nginxUrl.get(0), nettyUrl.get(0), gatewayUrl, gateway.pid());
                System.in.read();
                return;
            }
            if (QUICK) {
                double nginx = measure("nginx proxy (1 worker)", nginxUrl).throughput();
                double netty = measure("bare Netty proxy", nettyUrl).throughput();
                double vertx = measure("bare Vert.x proxy", vertxUrl).throughput();
                double own = measure("gateway, local quota store", List.of(gatewayUrl), gateway).throughput();
                System.out.printf("/ nginx: bare Netty %.2f, bare Vert.x %.2f, gateway %.2f%n", netty / nginx, vertx / nginx, own / nginx);
                return;
            }
            List<String> upstreamUrl = List.of("http://127.0.0.1:" + UPSTREAM_PORT + "/bench/ok");
            rows.add(measure("upstream alone", upstreamUrl));
            rows.add(measure("nginx proxy (1 worker)", nginxUrl).withAdded(alternatedLatency(upstreamUrl, nginxUrl)));
            rows.add(measure("bare Netty proxy (no checks)", nettyUrl).withRatio(alternatedRatio(nginxUrl, nettyUrl)));
            rows.add(measure("bare Vert.x proxy (no checks)", vertxUrl).withRatio(alternatedRatio(nginxUrl, vertxUrl)));
            rows.add(measure("gateway, local quota store", List.of(gatewayUrl), gateway)
                    .withRatio(alternatedRatio(nginxUrl, List.of(gatewayUrl)))
                    .withAdded(alternatedLatency(upstreamUrl, List.of(gatewayUrl))));
            gateway.stop(Duration.ofSeconds(10));
            services.remove(gateway);

            if (!"0".equals(System.getenv("BENCH_REDIS"))) {
                others.add(startRedis(work));
                Map<String, String> redis = Map.of("GATEWAY_QUOTA_STORE", "redis", "REDIS_URL", "redis://127.0.0.1:" + REDIS_PORT,
                        "GATEWAY_REPLICAS", "2");
                ServiceProcess first = start(SuiteService.GATEWAY, root, work, postgres, environment, redis, onProxyCpu);
                services.add(first);
                Map<String, String> second = new HashMap<>(redis);
                second.put("QUARKUS_HTTP_PORT", String.valueOf(SECOND_REPLICA_PORT));
                ServiceProcess secondReplica = start(SuiteService.GATEWAY, root, work, postgres, environment, second, onProxyCpu);
                services.add(secondReplica);
                List<String> replicas = List.of(gatewayUrl, "http://127.0.0.1:" + SECOND_REPLICA_PORT + path);
                awaitStatus(replicas.get(0), 200);
                awaitStatus(replicas.get(1), 200);
                rows.add(measure("2 gateway replicas, Redis quota store", replicas, first, secondReplica)
                        .withRatio(alternatedRatio(nginxUrl, replicas))
                        .withAdded(alternatedLatency(upstreamUrl, replicas)));
            }
            print(rows);
          } finally {
            // While PostgreSQL still runs, the gateways first: they give their quota reservations back.
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).stop(Duration.ofSeconds(10));
            }
          }
        } finally {
            others.forEach(Process::destroy);
        }
    }

    private ServiceProcess start(SuiteService service, Path root, Path work, PostgresServer postgres, SuiteEnvironment environment,
                                 Map<String, String> extra, List<String> launcher) throws Exception {
        postgres.createDatabaseIfMissing(service.database());
        Map<String, String> env = new HashMap<>(environment.of(service));
        env.put("PORTAL_ADMIN_LOGIN", "benchadmin");
        env.put("PORTAL_ADMIN_PASSWORD", "Bench!admin1");
        env.put("GATEWAY_ROUTES_BENCH_PREFIXES", "/bench/");
        env.put("GATEWAY_ROUTES_BENCH_UPSTREAM", "bench");
        env.put("GATEWAY_ROUTES_BENCH_AUTH", "service-key");
        env.put("GATEWAY_ROUTES_BENCH_PRODUCT", "ev-charger");
        env.put("GATEWAY_UPSTREAMS_BENCH_URL", "http://127.0.0.1:" + UPSTREAM_PORT);
        // nginx's access_log is off too: both proxies are measured without a line per call.
        env.put("QUARKUS_LOG_CATEGORY__GATEWAY_ACCESS__LEVEL", "WARN");
        env.putAll(extra);
        String name = service.module() + (extra.containsKey("QUARKUS_HTTP_PORT") ? "-2" : extra.isEmpty() ? "" : "-1");
        if (service == SuiteService.GATEWAY && System.getenv("BENCH_JFR") != null) {
            // A profile of the gateway for the whole run: jfr print --events jdk.ExecutionSample <file>
            Path jfr = work.resolve(name + ".jfr");
            env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
            System.out.println("Profiling the gateway into " + jfr);
        }
        if (service == SuiteService.GATEWAY && System.getenv("BENCH_GATEWAY_JAVA_OPTIONS") != null) {
            // e.g. async-profiler: -agentpath:<libasyncProfiler.so>=start,event=cpu,interval=1ms,threads,collapsed,file=<out>
            env.put("JAVA_TOOL_OPTIONS", System.getenv("BENCH_GATEWAY_JAVA_OPTIONS"));
        }
        ServiceProcess process = ServiceProcess.start(service, root, work.resolve(name + ".log"), env, launcher);
        String url = extra.containsKey("QUARKUS_HTTP_PORT") ? "http://127.0.0.1:" + extra.get("QUARKUS_HTTP_PORT")
                : environment.urlOf(service);
        BenchSupport.awaitReady(service, url);
        return process;
    }

    /** Warms the target up, then measures its throughput (wrk) and its latency at 2,000 requests/s (hey). */
    private Row measure(String target, List<String> urls, ServiceProcess... gateways) throws Exception {
        // n JVMs on the one proxy CPU compile n times the code: each gets the warm-up one alone would (their JIT
        // compilers still took 20 % of the CPU each after a shared 30 s).
        throughput(urls, (int) (seconds(WARM_UP) * urls.size()) + "s");
        CpuTimes proxyBefore = CpuTimes.of(proxyCpu), loadBefore = CpuTimes.of(loadCpu);
        List<ThreadTimes> threadsBefore = Stream.of(gateways).map(g -> ThreadTimes.of(g.pid())).toList();
        double throughput = throughput(urls, duration);
        double[] proxy = CpuTimes.of(proxyCpu).percentSince(proxyBefore), load = CpuTimes.of(loadCpu).percentSince(loadBefore);
        double userMicros = proxy[2] / 100 * 1e6 / throughput, kernelMicros = proxy[3] / 100 * 1e6 / throughput;
        for (int i = 0; i < gateways.length; i++) {
            // Which threads took the proxy's core: event loops, JIT compilers, GC (user%+system% of one core).
            System.out.printf("  threads of %s: %s%n", target, ThreadTimes.of(gateways[i].pid()).since(threadsBefore.get(i), seconds(duration)));
        }
        if (QUICK) {
            System.out.printf("%s: %,.0f req/s (CPU %d %.0f %% busy, %.1f µs user + %.1f µs kernel per call; CPU %d %.0f %%)%n",
                    target, throughput, proxyCpu, proxy[0], userMicros, kernelMicros, loadCpu, load[0]);
            return new Row(target, throughput, 0, 0, proxy[0], load[0], Math.max(proxy[1], load[1]), userMicros, kernelMicros, 0, null);
        }
        double[] latency = latency(urls, duration);
        double p50 = latency[0], p99 = latency[1];
        Row row = new Row(target, throughput, p50, p99, proxy[0], load[0], Math.max(proxy[1], load[1]), userMicros, kernelMicros, 0, null);
        System.out.printf("%s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms (CPU %d %.0f %% busy, %s per call; CPU %d %.0f %%, steal %.1f %%)%n",
                target, throughput, p50, p99, proxyCpu, row.proxyBusy, row.perCall(), loadCpu, row.loadBusy, row.steal);
        return row;
    }

    /**
     * The target's throughput over nginx's, measured in {@link #ROUNDS} rounds of nginx then the target (both warm):
     * the median of the rounds' ratios, each printed.
     */
    private double alternatedRatio(List<String> nginx, List<String> target) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double proxy = throughput(nginx, ROUND), own = throughput(target, ROUND);
            ratios.add(own / proxy);
            System.out.printf("  round %d: nginx %,.0f req/s, target %,.0f req/s, ratio %.2f%n", round + 1, proxy, own, own / proxy);
        }
        return BenchSupport.percentile(ratios, 50);
    }

    /**
     * The p50 and p99 the target adds to the upstream's own at 2,000 requests/s: {@link #ROUNDS} rounds of hey on the
     * upstream then on the target, back to back, and the median of each round's difference (each printed).
     */
    private double[] alternatedLatency(List<String> upstream, List<String> target) throws Exception {
        List<Double> p50s = new ArrayList<>(), p99s = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double[] alone = latency(upstream, ROUND), proxied = latency(target, ROUND);
            p50s.add(proxied[0] - alone[0]);
            p99s.add(proxied[1] - alone[1]);
            System.out.printf("  round %d: upstream p50 %.2f ms, p99 %.2f ms; through the proxy p50 %.2f ms, p99 %.2f ms%n",
                    round + 1, alone[0], alone[1], proxied[0], proxied[1]);
        }
        return new double[] {BenchSupport.percentile(p50s, 50), BenchSupport.percentile(p99s, 50)};
    }

    /** p50 and p99 (ms) at 2,000 requests/s over all the URLs (hey, 8 connections in all), the worse of each. */
    private double[] latency(List<String> urls, String seconds) throws Exception {
        int n = urls.size();
        List<String> hey = concurrently(urls.stream().map(url -> List.of("hey", "-z", seconds, "-c", String.valueOf(8 / n),
                "-q", String.valueOf(2_000 / 8), url)).toList());
        return new double[] {hey.stream().mapToDouble(out -> percentile(out, "50%")).max().orElseThrow(),
                hey.stream().mapToDouble(out -> percentile(out, "99%")).max().orElseThrow()};
    }

    /** Requests per second over all the URLs for {@code seconds} (wrk, one thread, 32 connections in all). */
    private static double throughput(List<String> urls, String seconds) throws Exception {
        int n = urls.size();
        return concurrently(urls.stream().map(url -> List.of("wrk", "-t1", "-c" + 32 / n, "-d" + seconds, url)).toList())
                .stream().mapToDouble(GatewayBenchmark::requestsPerSecond).sum();
    }

    private static double seconds(String duration) {
        return Double.parseDouble(duration.replaceAll("[^0-9.]", ""));
    }

    /** Runs the commands at the same time and answers their outputs. */
    private static List<String> concurrently(List<List<String>> commands) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (List<String> command : commands) {
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process process : processes) {
            outputs.add(new String(process.getInputStream().readAllBytes()));
            process.waitFor();
        }
        return outputs;
    }

    /** A bare proxy on the proxy CPU, on the gateway's own Vert.x and Netty (its packaged libraries). */
    private Process startBareProxy(Class<?> proxy, int port, Path root, Path work) throws IOException {
        String classpath = root.resolve("bench/target/bench.jar") + ":" + root.resolve("gateway/target/quarkus-app/lib/main/*");
        List<String> command = new ArrayList<>(onProxyCpu);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                proxy.getName(), String.valueOf(port), String.valueOf(UPSTREAM_PORT)));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(proxy.getSimpleName() + ".log").toFile()).start();
    }

    private static Process startNginx(Path work, String name, String server, List<String> launcher) throws IOException {
        Path prefix = Files.createDirectories(work.resolve("nginx-" + name));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                daemon off;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  %2$s
                }
                """.formatted(prefix, server));
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("nginx", "-c", conf.toString(), "-p", prefix.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
    }

    /** Redis as the chart runs it: no persistence. */
    private static Process startRedis(Path work) throws Exception {
        Process redis = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(REDIS_PORT),
                "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(work.resolve("redis.log").toFile()).start();
        Thread.sleep(500);
        return redis;
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

    private static double requestsPerSecond(String wrkOutput) {
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(wrkOutput);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + wrkOutput);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A percentile of hey's latency distribution, in milliseconds. */
    private static double percentile(String heyOutput, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " in ([0-9.]+) secs").matcher(heyOutput);
        if (!m.find()) {
            throw new IllegalStateException("hey said: " + heyOutput);
        }
        return Double.parseDouble(m.group(1)) * 1000;
    }

    /** What the row adds at p50 ({@code which} 0) or p99 (1): its alternated rounds' median, else one difference. */
    private static String added(Row row, Row upstream, int which) {
        if (row == upstream) {
            return "";
        }
        double value = row.added != null ? row.added[which] : which == 0 ? row.p50 - upstream.p50 : row.p99 - upstream.p99;
        return "%+.2f ms".formatted(value);
    }

    private void print(List<Row> rows) {
        Row upstream = rows.get(0), nginx = rows.get(1);
        System.out.printf("%n| target | throughput (wrk -t1 -c32) | p50 at 2,000 req/s | p99 at 2,000 req/s | / nginx, median of %d alternated rounds of %s | p50 added | p99 added (medians of %d alternated rounds) | CPU %d busy | CPU %d per call, user + kernel | CPU %d busy | steal |%n",
                ROUNDS, ROUND, ROUNDS, proxyCpu, proxyCpu, loadCpu);
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            boolean proxied = row != upstream;
            System.out.printf("| %s | %,.0f req/s | %.2f ms | %.2f ms | %s | %s | %s | %.0f %% | %s | %.0f %% | %.1f %% |%n", row.target,
                    row.throughput, row.p50, row.p99,
                    row == upstream || row == nginx ? "" : "**%.2f**".formatted(row.ratio),
                    added(row, upstream, 0), added(row, upstream, 1),
                    row.proxyBusy, proxied ? row.perCall() : "", row.loadBusy, row.steal);
        }
        System.out.println("\nBare proxies' latency: one measurement against the upstream's (no alternated rounds).");
        System.out.println("Goals (issue 17): gateway / nginx >= 0.9; added to the upstream's own latency at most 0.5 ms at p50 and 2 ms at p99.");
    }
}
