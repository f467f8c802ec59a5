package kr.openapi.gateway.service.quota;

/**
 * How many calls one reservation covers, for one key: what the key used in about a second lately, at least 1 and
 * at most 5 % of its quota. A busy key then costs one PostgreSQL write a second, and a crash can leave at most one
 * block of its calls unserved.
 */
final class ReservationBlock {

    /** Read on every served call, without a lock; written under this object's lock. */
    private volatile int size = 1;
    private long measuredAtNanos;
    private int countAtMeasure;

    /** The block to reserve now that the key has made {@code count} calls, measured since the last reservation. */
    synchronized int next(int count, int limit, long nowNanos) {
        if (measuredAtNanos != 0) {
            double seconds = Math.max(1e-3, (nowNanos - measuredAtNanos) / 1e9);
            long perSecond = Math.round((count - countAtMeasure) / seconds);
            size = (int) Math.max(1, Math.min(Math.max(1, limit / 20), perSecond));
        }
        measuredAtNanos = nowNanos;
        countAtMeasure = count;
        return size;
    }

    /** Whether so little of the reservation is left that the next one should be written now, before calls wait for it. */
    boolean runningLow(int left) {
        return left <= size / 2;
    }
}
