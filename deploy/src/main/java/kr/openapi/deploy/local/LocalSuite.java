package kr.openapi.deploy.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * Runs the whole suite on one machine: one PostgreSQL (embedded unless {@code OPENAPI_PG_URL} names a server), a
 * database per service, and the six services as child processes. Called by {@code ./suite}:
 * <pre>
 *   ./suite [start] [--reset]   start in the foreground; Ctrl-C stops everything it started
 *   ./suite stop                stop a running suite
 *   ./suite status              say what runs and whether each service is ready
 * </pre>
 */
public final class LocalSuite {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.parseLong(env("SUITE_READY_TIMEOUT", "180")));
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    /** zonky logs every step of initdb and pg_ctl through java.util.logging; the suite says what matters itself. */
    private static final java.util.logging.Logger ZONKY_LOG = quiet("io.zonky");

    private final Path root;
    private final SuiteHome home;
    private final List<ServiceProcess> running = new ArrayList<>();
    private PostgresServer postgres;

    LocalSuite(Path root, SuiteHome home) {
        this.root = root;
        this.home = home;
    }

    public static void main(String[] args) {
        Path root = Path.of(env("SUITE_ROOT", ".")).toAbsolutePath().normalize();
        SuiteHome home = new SuiteHome(Path.of(env("SUITE_HOME", root.resolve(".suite").toString())));
        List<String> arguments = List.of(args);
        String command = arguments.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("start");
        LocalSuite suite = new LocalSuite(root, home);
        int exit = switch (command) {
            case "start" -> suite.start(arguments.contains("--reset"));
            case "stop" -> suite.stop();
            case "status" -> suite.status();
            default -> {
                System.err.println("usage: ./suite [start] [--reset] | stop | status");
                yield 2;
            }
        };
        System.exit(exit);
    }

    int start(boolean reset) {
        if (!home.tryLock()) {
            OptionalLong pid = home.readPid();
            System.out.println("The suite is already running" + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : "")
                    + ". See ./suite status, or stop it with ./suite stop.");
            return 3;
        }
        for (SuiteService service : SuiteService.values()) {
            if (!Files.exists(service.runnerJar(root))) {
                System.err.println(service.module() + " is not built: run ./suite (it builds what is missing) or ./mvnw package -DskipTests");
                return 1;
            }
        }
        if (reset) {
            System.out.println("Wiping local data in " + home.dir());
            home.wipeData();
        }
        home.strayPostmaster().ifPresent(stray -> {
            System.out.println("Stopping PostgreSQL left running by an earlier launcher (pid " + stray.pid() + ")");
            stray.destroy();
            stray.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        int postgresPort = Integer.parseInt(env("SUITE_PG_PORT", "15432"));
        List<String> busy = busyPorts(postgresPort);
        if (!busy.isEmpty()) {
            System.err.println("Cannot start: port(s) " + String.join(", ", busy)
                    + " are used by another program. Stop it, or set SUITE_PG_PORT for PostgreSQL.");
            return 1;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown();
            stopped.countDown();
        }, "suite-shutdown"));
        home.writePid(ProcessHandle.current().pid());

        try {
            postgres = PostgresServer.fromEnvironmentOr(() -> startEmbeddedPostgres(postgresPort));
            for (SuiteService service : SuiteService.values()) {
                postgres.createDatabaseIfMissing(service.database());
                running.add(ServiceProcess.start(service, root, home.log(service), environmentFor(service)));
            }
            if (!awaitReady()) {
                return 1;
            }
            printSummary();
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            System.err.println("The suite could not start: " + e.getMessage());
            return 1;
        }
    }

    private PostgresServer startEmbeddedPostgres(int port) {
        System.out.println("Starting PostgreSQL (embedded, data in " + home.postgresData() + ", port " + port + ")");
        try {
            Files.createDirectories(home.logs());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return EmbeddedPostgresServer.start(home.postgresData(), port, false, home.logs().resolve("postgres.log"));
    }

    /** Database, port, upstreams and secrets of one service (see {@link SuiteEnvironment}), with the dev profile. */
    private Map<String, String> environmentFor(SuiteService service) {
        Map<String, String> environment = new LinkedHashMap<>(new SuiteEnvironment(postgres, home.keys(), port -> port).of(service));
        environment.put("QUARKUS_PROFILE", env("SUITE_PROFILE", "dev"));
        return environment;
    }

    private boolean awaitReady() throws InterruptedException {
        System.out.println("Starting " + running.size() + " services; logs in " + home.logs());
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        List<ServiceProcess> waiting = new ArrayList<>(running);
        while (!waiting.isEmpty()) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    System.err.println(process.service().module() + " stopped while starting; the end of its log:");
                    printTail(home.log(process.service()));
                    return false;
                }
                if (ServiceProcess.isReady(process.service())) {
                    System.out.println("  ready: " + process.service().module());
                    waiting.remove(process);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                System.err.println("Not ready after " + READY_TIMEOUT.toSeconds() + " s: "
                        + waiting.stream().map(p -> p.service().module()).toList() + " (see their logs in " + home.logs() + ")");
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private void printSummary() {
        System.out.println();
        System.out.println("The suite is up. Everything goes through the gateway: http://localhost:8080");
        System.out.println("(the services refuse direct calls; their own ports serve /q/health, /q/metrics and /q/swagger-ui,"
                + " the gateway's its management port)");
        System.out.printf("%-28s %-24s %s%n", "service", "url", "api docs");
        for (SuiteService service : SuiteService.values()) {
            String docs = "http://localhost:" + service.managementPort(service.port()) + "/q/swagger-ui";
            System.out.printf("%-28s %-24s %s%n", service.module(), service.baseUrl(), docs);
        }
        System.out.println("Developer portal: http://localhost:8080/portal/ (admin: " + env("PORTAL_ADMIN_LOGIN", "admin")
                + " / " + env("PORTAL_ADMIN_PASSWORD", "Portal!admin1") + ", the development default)");
        printDemoCredentialsOnce();
        System.out.println("PostgreSQL: " + postgres.jdbcUrl("<database>") + " (user " + postgres.username() + ")");
        System.out.println("Data: " + home.dir() + " (kept across restarts; ./suite --reset wipes it)");
        System.out.println("Press Ctrl-C to stop everything.");
    }

    /**
     * The demo clients' secrets (driver insurance's clientSecurity, the charging platform's operatorSecret) are
     * shown here once, the first time, and their files deleted: the services keep them hashed or encrypted. A lost
     * one is replaced through the admin API (README).
     */
    private void printDemoCredentialsOnce() {
        SuiteEnvironment environment = new SuiteEnvironment(postgres, home.keys(), port -> port);
        for (SuiteService service : SuiteService.values()) {
            Path credentials = environment.demoCredentials(service);
            try {
                if (Files.exists(credentials)) {
                    System.out.println("Demo credentials of " + service.module() + " (the secret is shown this once; see the README):");
                    Files.readAllLines(credentials).forEach(line -> System.out.println("  " + line));
                    Files.delete(credentials);
                }
            } catch (IOException e) {
                System.err.println("Could not show the demo credentials of " + service.module() + ": " + e.getMessage());
            }
        }
    }

    /** Stops the services (in parallel, each with a grace period), then PostgreSQL. Runs once, from the shutdown hook. */
    private synchronized void shutdown() {
        if (running.isEmpty() && postgres == null) {
            return;
        }
        System.out.println("Stopping the suite...");
        running.parallelStream().forEach(process -> process.stop(STOP_GRACE));
        running.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        home.deletePid();
        home.unlock();
        System.out.println("Stopped.");
    }

    int stop() {
        OptionalLong pid = home.readPid();
        if (!home.isLockedByAnother() || pid.isEmpty()) {
            System.out.println("The suite is not running.");
            return 0;
        }
        return ProcessHandle.of(pid.getAsLong()).map(launcher -> {
            System.out.println("Stopping the suite (pid " + launcher.pid() + ")...");
            launcher.destroy();
            try {
                launcher.onExit().get(60, TimeUnit.SECONDS);
                System.out.println("Stopped.");
                return 0;
            } catch (Exception e) {
                System.err.println("The suite did not stop within 60 s (pid " + launcher.pid() + ").");
                return 1;
            }
        }).orElseGet(() -> {
            System.out.println("The suite is not running.");
            return 0;
        });
    }

    int status() {
        boolean launched = home.isLockedByAnother();
        System.out.println(launched
                ? "The suite is running (pid " + home.readPid().orElse(-1) + "), data in " + home.dir()
                : "The suite is not running (data in " + home.dir() + ").");
        int ready = 0;
        for (SuiteService service : SuiteService.values()) {
            boolean up = ServiceProcess.isReady(service);
            ready += up ? 1 : 0;
            System.out.printf("  %-28s %-24s %s%n", service.module(), service.baseUrl(), up ? "ready" : "not ready");
        }
        return launched && ready == SuiteService.values().length ? 0 : 1;
    }

    private static List<String> busyPorts(int postgresPort) {
        List<Integer> ports = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            ports.add(service.port());
        }
        if (System.getenv(PostgresServer.URL_VARIABLE) == null) {
            ports.add(postgresPort);
        }
        List<String> busy = new ArrayList<>();
        for (int port : ports) {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                busy.add(Integer.toString(port));
            }
        }
        return busy;
    }

    private static void printTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(line -> System.err.println("    " + line));
        } catch (IOException e) {
            System.err.println("    (no log at " + log + ")");
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
