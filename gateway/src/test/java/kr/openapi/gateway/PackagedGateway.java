package kr.openapi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.EmbeddedPostgresServer;
import kr.openapi.deploy.postgres.PostgresServer;

/**
 * The packaged gateway (its runner jar, prod profile) as a process a test can kill and start again, on its own
 * embedded PostgreSQL, with {@link UpstreamStub} as key-issuance's feed and as every upstream. For what only a real
 * process shows: SIGKILL, restarts, what survives them.
 */
public final class PackagedGateway implements AutoCloseable {

    private final Path work;
    private final PostgresServer postgres;
    private final UpstreamStub stub = new UpstreamStub();
    private final SuiteEnvironment suite;
    private final Map<String, String> env;
    private ServiceProcess process;

    public PackagedGateway(String name) throws Exception {
        this(name, Map.of());
    }

    /** With {@code settings} added to its environment (for example the Redis quota store). */
    public PackagedGateway(String name, Map<String, String> settings) throws Exception {
        work = Files.createTempDirectory(name);
        String stubUrl = stub.start().get("upstream-stub.url");
        // StubKeys finds the stub through configuration; outside Quarkus that is a system property.
        System.setProperty("upstream-stub.url", stubUrl);
        postgres = EmbeddedPostgresServer.start(work.resolve("pg"), 0, true, work.resolve("pg.log"));
        postgres.createDatabaseIfMissing(SuiteService.GATEWAY.database());
        suite = new SuiteEnvironment(postgres, work.resolve("keys"), port -> port + 13_000);
        env = new HashMap<>(suite.of(SuiteService.GATEWAY));
        for (SuiteService upstream : SuiteService.values()) {
            if (upstream != SuiteService.GATEWAY) {
                env.put(upstream.name() + "_URL", stubUrl);
            }
        }
        env.put("GATEWAY_KEY_FEED_POLL_INTERVAL", "PT0.2S");
        env.putAll(settings);
    }

    public String url() {
        return suite.urlOf(SuiteService.GATEWAY);
    }

    public String managementUrl() {
        return "http://localhost:" + SuiteService.GATEWAY.managementPort(suite.portOf(SuiteService.GATEWAY));
    }

    public String stubUrl() {
        return System.getProperty("upstream-stub.url");
    }

    /** Starts the gateway and waits until it is ready. */
    public void start() throws InterruptedException {
        process = ServiceProcess.start(SuiteService.GATEWAY, Path.of("..").toAbsolutePath().normalize(), work.resolve("gateway.log"), env);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!ServiceProcess.isReady(SuiteService.GATEWAY, url())) {
            assertThat(System.nanoTime()).as("ready within 90 s (log: " + work.resolve("gateway.log") + ")").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(process.pid()).ifPresent(handle -> handle.onExit().join());
    }

    /** SIGTERM: a clean shutdown. */
    public void stop() {
        process.stop(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
        }
        postgres.close();
        stub.stop();
        System.clearProperty("upstream-stub.url");
    }
}
