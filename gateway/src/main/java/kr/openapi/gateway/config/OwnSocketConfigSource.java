package kr.openapi.gateway.config;

import java.nio.file.Path;

/**
 * Where Quarkus' own HTTP server listens (the gateway's admin API behind the edge, {@code kr.openapi.gateway.rest.EdgeServer}):
 * a Unix domain socket in the temporary directory, a name of its own for each gateway started, so that two on one
 * machine (the benchmark's replicas, the tests beside a running suite) do not meet. An operator's {@code quarkus.http.domain-socket} wins.
 */
public class OwnSocketConfigSource extends ComputedDefault {

    public OwnSocketConfigSource() {
        super("quarkus.http.domain-socket");
    }

    /**
     * Named after the process and the moment it started: a gateway killed without stopping leaves its socket file
     * behind, and one restarted in the same pod (the JVM is often process 1, {@code /tmp} an emptyDir that outlives
     * the container) must not find its name taken. One name for the whole run, read as often as the config is.
     */
    private static final String PATH = Path.of(System.getProperty("java.io.tmpdir"),
            "gateway-" + ProcessHandle.current().pid() + "-" + Long.toString(System.currentTimeMillis(), 36) + ".sock").toString();

    @Override
    String value() {
        return PATH;
    }
}
