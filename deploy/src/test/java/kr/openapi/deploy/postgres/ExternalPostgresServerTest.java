package kr.openapi.deploy.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalPostgresServerTest {

    @Test
    void readsUserPasswordHostAndPort() {
        ExternalPostgresServer server = ExternalPostgresServer.parse("postgresql://app:s%40cret@db.internal:6432");
        assertThat(server).isEqualTo(new ExternalPostgresServer("db.internal", 6432, "app", "s@cret"));
        assertThat(server.reactiveUrl("gateway")).isEqualTo("postgresql://db.internal:6432/gateway");
        assertThat(server.jdbcUrl("gateway")).isEqualTo("jdbc:postgresql://db.internal:6432/gateway");
        assertThat(server.datasourceConfig("gateway"))
                .containsEntry("quarkus.datasource.username", "app")
                .containsEntry("quarkus.datasource.password", "s@cret");
    }

    @Test
    void defaultsToPostgresOnPort5432AndRefusesOtherSchemes() {
        assertThat(ExternalPostgresServer.parse("postgresql://localhost"))
                .isEqualTo(new ExternalPostgresServer("localhost", 5432, "postgres", ""));
        assertThatThrownBy(() -> ExternalPostgresServer.parse("mysql://localhost:3306"))
                .hasMessageContaining("OPENAPI_PG_URL");
    }
}
