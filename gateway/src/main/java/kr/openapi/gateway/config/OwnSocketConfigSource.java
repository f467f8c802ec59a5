package kr.openapi.gateway.config;

import java.nio.file.Path;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Where Quarkus' own HTTP server listens (the gateway's admin API behind the edge, {@code kr.openapi.gateway.rest.EdgeServer}):
 * a Unix domain socket in the temporary directory, named after the process so that two gateways on one machine (the
 * benchmark's replicas, the tests beside a running suite) do not meet. An operator's {@code quarkus.http.domain-socket}
 * wins: this source's ordinal is below application.properties and the environment.
 */
public class OwnSocketConfigSource implements ConfigSource {

    static final String NAME = "quarkus.http.domain-socket";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName)
                ? Path.of(System.getProperty("java.io.tmpdir"), "gateway-" + ProcessHandle.current().pid() + ".sock").toString()
                : null;
    }

    @Override
    public String getName() {
        return "gateway-own-socket";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
