package kr.openapi.deploy.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL server on which each service gets a database of its own: the embedded one by default, or the
 * server named by {@value #URL_VARIABLE} ({@code postgresql://user:password@host:port}).
 */
public interface PostgresServer extends AutoCloseable {

    /** Environment variable (or system property) naming an existing server to use instead of the embedded one. */
    String URL_VARIABLE = "OPENAPI_PG_URL";

    String host();

    int port();

    String username();

    String password();

    /** Stops the server if this process started it; leaves an external server running. */
    @Override
    void close();

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    default String reactiveUrl(String database) {
        return "postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Quarkus datasource settings that point a service at {@code database} on this server. */
    default Map<String, String> datasourceConfig(String database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", username());
        config.put("quarkus.datasource.password", password());
        return config;
    }

    /** Creates {@code database} unless it exists (databases cannot be created inside a transaction or with IF NOT EXISTS). */
    default void createDatabaseIfMissing(String database) {
        checkedName(database);
        Properties credentials = new Properties();
        credentials.setProperty("user", username());
        credentials.setProperty("password", password());
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), credentials);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0"
                        + " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + host() + ":" + port(), e);
        }
    }

    /** Drops {@code database} (closing its connections) and creates it empty: a clean slate for a test run. */
    default void recreateDatabase(String database) {
        Properties credentials = new Properties();
        credentials.setProperty("user", username());
        credentials.setProperty("password", password());
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), credentials);
             Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + checkedName(database) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database + " on " + host() + ":" + port(), e);
        }
        createDatabaseIfMissing(database);
    }

    private static String checkedName(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        return database;
    }

    /** The server named by {@value #URL_VARIABLE} when it is set, else a new embedded server. */
    static PostgresServer fromEnvironmentOr(java.util.function.Supplier<PostgresServer> embedded) {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        return url == null || url.isBlank() ? embedded.get() : ExternalPostgresServer.parse(url);
    }
}
