package kr.openapi.deploy.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import kr.openapi.deploy.postgres.PostgresServer;
import kr.openapi.deploy.secrets.KeyMaterial;

/**
 * The environment each service runs with when the suite runs on one machine: its database, its port, the
 * upstream addresses the gateway forwards to, and the secrets, generated once into a key folder (never committed):
 * the gateway's token key pair (services verify with its public half), the portal's token key pair
 * (key-issuance signs, the gateway verifies), and a personal-data key per service.
 */
public final class SuiteEnvironment {

    private final PostgresServer postgres;
    private final Path keys;
    private final IntUnaryOperator port;

    /** @param port maps a service's usual port (8080-8085) to the one used in this run */
    public SuiteEnvironment(PostgresServer postgres, Path keys, IntUnaryOperator port) {
        this.postgres = postgres;
        this.keys = keys;
        this.port = port;
    }

    public int portOf(SuiteService service) {
        return port.applyAsInt(service.port());
    }

    public String urlOf(SuiteService service) {
        return "http://localhost:" + portOf(service);
    }

    public Map<String, String> of(SuiteService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        postgres.datasourceConfig(service.database()).forEach((key, value) -> environment.put(toEnvironmentName(key), value));
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(portOf(service)));
        KeyMaterial.PemKeyPair gateway = KeyMaterial.rsaKeyPair(keys, "gateway-jwt");
        KeyMaterial.PemKeyPair portal = KeyMaterial.rsaKeyPair(keys, "portal-jwt");
        environment.put("GATEWAY_JWT_VERIFY_KEY_LOCATION", gateway.publicKey().toUri().toString());
        environment.put("OPENAPI_PII_KEY", KeyMaterial.aesKey(keys, "pii-" + service.module()));
        switch (service) {
            case GATEWAY -> {
                environment.put("GATEWAY_JWT_SIGN_KEY_LOCATION", gateway.privateKey().toUri().toString());
                environment.put("PORTAL_JWT_VERIFY_KEY_LOCATION", portal.publicKey().toUri().toString());
                for (SuiteService upstream : SuiteService.values()) {
                    if (upstream != SuiteService.GATEWAY) {
                        environment.put(upstream.name() + "_URL", urlOf(upstream));
                    }
                }
            }
            case KEY_ISSUANCE -> environment.put("PORTAL_JWT_SIGN_KEY_LOCATION", portal.privateKey().toUri().toString());
            case PUBLIC_SERVICE_CATALOG -> {
                // A realistic catalogue to try the API on, and the daily full-list file beside the suite's data.
                environment.put("CATALOG_SAMPLE_SERVICES", "10000");
                environment.put("CATALOG_FULL_LIST_DIR", keys.toAbsolutePath().resolveSibling("public-service-catalog").toString());
            }
            // A synthetic vehicle registry of 10,000 (12가3456 is the seed's sample vehicle, owner 홍길동).
            case VEHICLE_CONSENT -> environment.put("CONSENT_DEMO_VEHICLES", "10000");
            case DRIVER_INSURANCE -> {
                // A demo program vendor (its clientSecurity handed to the launcher once, in a file) and an insurer feed.
                environment.put("DRIVER_DEMO_ENABLED", "true");
                environment.put("DRIVER_DEMO_CREDENTIALS_FILE", demoCredentials(service).toString());
            }
            case CHARGING_PLATFORM -> {
                // A demo operator (its secret handed to the launcher once, in a file) and a network of 2,000 stations.
                environment.put("PLATFORM_DEMO_ENABLED", "true");
                environment.put("PLATFORM_DEMO_CREDENTIALS_FILE", demoCredentials(service).toString());
            }
            default -> {
            }
        }
        return environment;
    }

    /** Where a service writes its demo client's credentials (secret included) for the launcher to show once. */
    public Path demoCredentials(SuiteService service) {
        return keys.toAbsolutePath().resolveSibling("demo-credentials").resolve(service.module() + ".txt");
    }

    /** The demo credentials a service wrote ({@code name=value} lines), for tools that sign in as the demo client. */
    public Map<String, String> readDemoCredentials(SuiteService service) throws java.io.IOException {
        Map<String, String> credentials = new LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(demoCredentials(service))) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                credentials.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return credentials;
    }

    /** {@code quarkus.datasource.reactive.url -> QUARKUS_DATASOURCE_REACTIVE_URL}, as MicroProfile Config maps them. */
    static String toEnvironmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
