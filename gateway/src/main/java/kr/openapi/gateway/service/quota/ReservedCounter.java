package kr.openapi.gateway.service.quota;

import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One key's calls on one day in the local store: how many were served, and how many are reserved, that is already
 * written to PostgreSQL as spent (served ≤ reserved). A call is served only out of the reservation, so whatever a
 * crash leaves behind, PostgreSQL holds at least every served call. Both numbers live in one {@code long} so that a
 * call is taken with one compare-and-set against a reservation that cannot shrink under it.
 */
final class ReservedCounter {

    private final AtomicLong state = new AtomicLong();
    /** The reservation being written, if any (guarded by this). */
    Future<Void> pending;
    private final ReservationBlock block = new ReservationBlock();

    ReservedCounter(int servedAndReserved) {
        state.set(pack(servedAndReserved, servedAndReserved));
    }

    int served() {
        return (int) state.get();
    }

    int reserved() {
        return (int) (state.get() >>> 32);
    }

    /** Takes one reserved call; {@code null} when none is left to take but the limit is not reached. */
    QuotaDecision tryTake(int limit) {
        while (true) {
            long current = state.get();
            int served = (int) current;
            if (served >= limit) {
                return new QuotaDecision(false, limit, served);
            }
            if (served >= (int) (current >>> 32)) {
                return null;
            }
            if (state.compareAndSet(current, current + 1)) {
                return new QuotaDecision(true, limit, served + 1);
            }
        }
    }

    /** Whether the next reservation should be written now, before calls have to wait for it. */
    boolean runningLow(int limit) {
        long current = state.get();
        int reserved = (int) (current >>> 32);
        return reserved < limit && block.runningLow(reserved - (int) current);
    }

    /** The reservation to write next: the calls served so far plus one block ({@link ReservationBlock}). */
    int nextReservation(int limit, long nowNanos) {
        int served = served();
        return (int) Math.min(limit, (long) served + block.next(served, limit, nowNanos));
    }

    /** The reservation is written: calls up to {@code reserved} may be served. */
    void raiseReservation(int reserved) {
        state.getAndUpdate(current -> pack((int) current, Math.max((int) (current >>> 32), reserved)));
    }

    /** Gives back what is reserved and not served (a clean shutdown); returns the calls served. */
    int returnReservation() {
        return (int) state.updateAndGet(current -> pack((int) current, (int) current));
    }

    /**
     * An operator's correction, before it is written: {@code calls} served, and no more reserved than before (nor
     * than {@code calls}), so nothing is served that PostgreSQL does not hold while the correction is on its way.
     */
    void correct(int calls) {
        state.getAndUpdate(current -> pack(calls, Math.min(calls, (int) (current >>> 32))));
    }

    private static long pack(int served, int reserved) {
        return ((long) reserved << 32) | (served & 0xffffffffL);
    }
}
