package kr.openapi.gateway.service.quota;

import io.vertx.core.Future;

/**
 * What the gateways sharing Redis have reserved of one key's day in PostgreSQL, as far as this gateway knows: a
 * count Redis hands out is served only if it is within it. It only grows; a write that raises it returns the
 * reservation of all gateways together.
 */
final class SharedReservation {

    final ReservationBlock block = new ReservationBlock();
    private volatile int reserved;
    /** The raise being written, if any (guarded by this). */
    Future<Integer> pending;

    int reserved() {
        return reserved;
    }

    synchronized void learn(int stored) {
        reserved = Math.max(reserved, stored);
    }
}
