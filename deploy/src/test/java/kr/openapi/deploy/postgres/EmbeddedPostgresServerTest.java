package kr.openapi.deploy.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void koreanTextIsWordTextWhateverTheCallersLocale() throws Exception {
        try (PostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), 0, true, null)) {
            server.createDatabaseIfMissing("catalog");
            try (Connection db = connect(server, "catalog"); Statement sql = db.createStatement()) {
                assertThat(single(sql, "SELECT datctype FROM pg_database WHERE datname = 'catalog'")).isEqualTo("C.UTF-8");
                sql.execute("CREATE EXTENSION pg_trgm");
                assertThat(Double.parseDouble(single(sql, "SELECT similarity('노인 맞춤형 운동', '노인')"))).isGreaterThan(0.2);
                assertThat(single(sql, "SELECT to_tsvector('simple', '노인 건강검진')::text")).isEqualTo("'건강검진':2 '노인':1");
            }
        }
    }

    @Test
    void aKeptClusterStillHasItsDataAfterARestart() throws Exception {
        Path cluster = dataDir.resolve("kept");
        try (PostgresServer server = EmbeddedPostgresServer.start(cluster, 0, false, dataDir.resolve("pg.log"))) {
            server.createDatabaseIfMissing("gateway");
            try (Connection db = connect(server, "gateway"); Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE t (v text)");
                sql.execute("INSERT INTO t VALUES ('남아 있어야 합니다')");
                // Kept data is written durably: a crash of the machine must not lose or corrupt it.
                assertThat(single(sql, "SHOW fsync")).isEqualTo("on");
                assertThat(single(sql, "SHOW synchronous_commit")).isEqualTo("on");
            }
        }
        try (PostgresServer server = EmbeddedPostgresServer.start(cluster, 0, false, dataDir.resolve("pg.log"))) {
            server.createDatabaseIfMissing("gateway");
            try (Connection db = connect(server, "gateway"); Statement sql = db.createStatement()) {
                assertThat(single(sql, "SELECT v FROM t")).isEqualTo("남아 있어야 합니다");
            }
        }
        assertThat(Files.exists(cluster.resolve("PG_VERSION"))).isTrue();
    }

    @Test
    void recreatingADatabaseEmptiesIt() throws Exception {
        try (PostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), 0, true, null)) {
            server.createDatabaseIfMissing("driver");
            try (Connection db = connect(server, "driver"); Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE leftover (v int)");
            }
            server.recreateDatabase("driver");
            try (Connection db = connect(server, "driver"); Statement sql = db.createStatement()) {
                assertThat(single(sql, "SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'")).isEqualTo("0");
            }
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
