package kr.openapi.deploy.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Gives a service's tests ({@code @QuarkusTest} and {@code @QuarkusIntegrationTest}) a real PostgreSQL: a throw-away
 * embedded server per test run, or a fresh database on the server named by {@value PostgresServer#URL_VARIABLE}.
 *
 * <p>Use it once per module: {@code @QuarkusTestResource(value = PostgresTestResource.class, initArgs =
 * @ResourceArg(name = "database", value = "catalog"))}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private PostgresServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.fromEnvironmentOr(() -> {
            try {
                return EmbeddedPostgresServer.start(Files.createTempDirectory("openapi-test-pg"), 0, true, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String name = server instanceof EmbeddedPostgresServer ? database : "test_" + database;
        server.recreateDatabase(name);
        return server.datasourceConfig(name);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
