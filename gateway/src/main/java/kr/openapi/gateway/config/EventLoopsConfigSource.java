package kr.openapi.gateway.config;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One Vert.x event loop per CPU the gateway may run on. Quarkus' default is at least two, which on a one-CPU pod
 * (or a CPU set of one) makes the two loops take turns on that CPU and hand connections' events to each other:
 * measured on one CPU, 8,958 requests/s with two loops against 18,179 with one (bench/README.md, issue 17). An
 * operator's {@code quarkus.vertx.event-loops-pool-size} (or {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE}) wins: this
 * source's ordinal is below application.properties and the environment.
 */
public class EventLoopsConfigSource implements ConfigSource {

    static final String NAME = "quarkus.vertx.event-loops-pool-size";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? Integer.toString(Runtime.getRuntime().availableProcessors()) : null;
    }

    @Override
    public String getName() {
        return "gateway-event-loops";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
