package kr.openapi.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * Packaged services started for a test on one embedded PostgreSQL, on their usual ports plus 10,000 (so a running
 * ./suite is no obstacle), with a first admin account; stopped by {@link #close()}.
 */
final class RunningServices implements AutoCloseable {

    static final int OFFSET = 10_000;
    static final String ADMIN = "e2eadmin";
    static final String ADMIN_PASSWORD = "E2e!admin1";

    final Path work;
    final SuiteEnvironment environment;
    private final PostgresServer postgres;
    private final Path root;
    private final Map<String, ServiceProcess> processes = new java.util.LinkedHashMap<>();

    RunningServices() throws Exception {
        root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        work = Files.createTempDirectory("e2e-suite");
        postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("postgres.log"));
        environment = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + OFFSET);
    }

    /** Starts a service (once more under another name and port when {@code instance} is not empty) and waits until it is ready. */
    String start(SuiteService service, String instance, int port, BiConsumer<SuiteService, Map<String, String>> customise)
            throws InterruptedException {
        postgres.createDatabaseIfMissing(service.database());
        Map<String, String> env = new HashMap<>(environment.of(service));
        env.put("PORTAL_ADMIN_LOGIN", ADMIN);
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        customise.accept(service, env);
        String url = "http://localhost:" + port;
        processes.put(url, ServiceProcess.start(service, root, work.resolve(service.module() + instance + ".log"), env));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!ServiceProcess.isReady(service, url)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.module() + instance + " not ready; see its log in " + work);
            }
            Thread.sleep(250);
        }
        return url;
    }

    String start(SuiteService service, BiConsumer<SuiteService, Map<String, String>> customise) throws InterruptedException {
        return start(service, "", environment.portOf(service), customise);
    }

    /** Stops the service started at this URL (to start it again with other settings). */
    void stop(String url) {
        ServiceProcess process = processes.remove(url);
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
        }
    }

    @Override
    public void close() {
        processes.values().forEach(process -> process.stop(Duration.ofSeconds(10)));
        postgres.close();
    }
}
