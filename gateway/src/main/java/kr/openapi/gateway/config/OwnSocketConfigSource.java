package kr.openapi.gateway.config;

import java.nio.file.Path;

/**
 * Where Quarkus' own HTTP server listens (the gateway's admin API behind the edge, {@code kr.openapi.gateway.rest.EdgeServer}):
 * a Unix domain socket in the temporary directory, named after the process so that two gateways on one machine (the
 * benchmark's replicas, the tests beside a running suite) do not meet. An operator's {@code quarkus.http.domain-socket} wins.
 */
public class OwnSocketConfigSource extends ComputedDefault {

    public OwnSocketConfigSource() {
        super("quarkus.http.domain-socket");
    }

    @Override
    String value() {
        return Path.of(System.getProperty("java.io.tmpdir"), "gateway-" + ProcessHandle.current().pid() + ".sock").toString();
    }
}
