package kr.openapi.gateway.client;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import kr.openapi.gateway.config.GatewayConfig;

/** The configured upstreams by name (TCP, TLS or a Unix domain socket), with a gauge of each circuit's state (0 closed, 1 half-open, 2 open). */
@Singleton
public class Upstreams {

    /** A URL {@code unix:<path>} names a Unix domain socket (the gateway's own Quarkus server). */
    private static final String UNIX = "unix:";

    private final Map<String, Upstream> byName = new HashMap<>();

    public Upstreams(GatewayConfig config, EventLoops loops, MeterRegistry metrics) {
        config.upstreams().forEach((name, upstream) -> {
            Upstream created = upstream.url().startsWith(UNIX)
                    ? Upstream.overDomainSocket(name, upstream.url().substring(UNIX.length()), upstream, loops)
                    : Upstream.overNetwork(name, upstream, loops);
            byName.put(name, created);
            Gauge.builder("gateway.upstream.circuit.state", created, u -> stateValue(u.circuitState()))
                    .tag("upstream", name).register(metrics);
        });
    }

    public Upstream get(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new IllegalStateException("no upstream " + name);
        }
        return upstream;
    }

    private static double stateValue(UpstreamCircuit.State state) {
        return switch (state) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }
}
