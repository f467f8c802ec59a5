package kr.openapi.deploy.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A PostgreSQL server someone else runs, named as {@code postgresql://user:password@host:port}. */
public record ExternalPostgresServer(String host, int port, String username, String password) implements PostgresServer {

    public static ExternalPostgresServer parse(String url) {
        URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like postgresql://user:password@host:port");
        }
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        return new ExternalPostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
