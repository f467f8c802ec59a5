package kr.openapi.gateway.config;

/**
 * One Vert.x event loop per CPU the gateway may run on. Quarkus' default is at least two, which on a one-CPU pod
 * (or a CPU set of one) makes the two loops take turns on that CPU and hand connections' events to each other:
 * measured on one CPU, 8,958 requests/s with two loops against 18,179 with one (bench/README.md, issue 17). An
 * operator's {@code quarkus.vertx.event-loops-pool-size} (or {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE}) wins.
 */
public class EventLoopsConfigSource extends ComputedDefault {

    static final String NAME = "quarkus.vertx.event-loops-pool-size";

    public EventLoopsConfigSource() {
        super(NAME);
    }

    @Override
    String value() {
        return Integer.toString(Runtime.getRuntime().availableProcessors());
    }
}
