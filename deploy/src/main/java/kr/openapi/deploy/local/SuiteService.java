package kr.openapi.deploy.local;

import java.nio.file.Path;

/** The six applications of the suite, their module folders, local ports and databases. */
public enum SuiteService {
    GATEWAY("gateway", 8080, "gateway"),
    KEY_ISSUANCE("key-issuance-service", 8081, "key_issuance"),
    VEHICLE_CONSENT("vehicle-consent-service", 8082, "vehicle_consent"),
    PUBLIC_SERVICE_CATALOG("public-service-catalog", 8083, "public_service_catalog"),
    DRIVER_INSURANCE("driver-insurance-service", 8084, "driver_insurance"),
    CHARGING_PLATFORM("charging-platform-service", 8085, "charging_platform");

    private final String module;
    private final int port;
    private final String database;

    SuiteService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The runnable application Quarkus packages ({@code ./mvnw package}). */
    public Path runnerJar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The native executable Quarkus builds with {@code -Dnative} ({@code target/<artifact>-<version>-runner}). */
    public Path nativeExecutable(Path root) {
        Path target = root.resolve(module).resolve("target");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-runner") && java.nio.file.Files.isExecutable(file))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no native executable in " + target));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + target, e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Where the service answers {@code /q/health}, {@code /q/metrics} and {@code /q/openapi} when its HTTP port is
     * {@code httpPort}: the gateway on its management port (HTTP port + 1000 when run here, see
     * {@link ServiceProcess}), so that nothing of them is on the public port; the others on their HTTP port.
     */
    public int managementPort(int httpPort) {
        return this == GATEWAY ? httpPort + 1000 : httpPort;
    }
}
