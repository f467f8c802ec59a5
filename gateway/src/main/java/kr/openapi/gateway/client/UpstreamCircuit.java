package kr.openapi.gateway.client;

import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * An upstream's circuit breaker: after {@code maxFailures} failed calls within {@code window} the circuit opens and
 * calls are refused at once for {@code delay}; then one trial call goes through (half-open), whose success closes
 * the circuit and whose failure opens it again. The semantics of Vert.x's CircuitBreaker, which the gateway used
 * before; written here because that one wraps every call in promises and completes it through a task on the event
 * loop, a cost on every proxied call (issue 17). Here a call on a closed circuit costs one volatile read; only
 * failures and the open states take the lock.
 */
public final class UpstreamCircuit {

    public enum State { CLOSED, HALF_OPEN, OPEN }

    /** A call refused at once because the upstream's circuit is open. */
    public static final class OpenException extends RuntimeException {
        OpenException(String upstream) {
            super(upstream + ": circuit open", null, false, false);
        }
    }

    private final int maxFailures;
    private final long windowNanos;
    private final long delayNanos;
    private final LongSupplier nanoTime;
    /** When the failures within the window happened (closed state only). */
    private final ArrayDeque<Long> failures = new ArrayDeque<>();
    private volatile State state = State.CLOSED;
    private long openedAt;
    private boolean trialInFlight;

    public UpstreamCircuit(int maxFailures, long windowNanos, long delayNanos, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.windowNanos = windowNanos;
        this.delayNanos = delayNanos;
        this.nanoTime = nanoTime;
    }

    public State state() {
        return state;
    }

    /** Whether a call may go now (when half-open: the one trial call, if none is in flight). */
    public boolean tryAcquire() {
        if (state == State.CLOSED) {
            return true;
        }
        synchronized (this) {
            if (state == State.OPEN && nanoTime.getAsLong() - openedAt >= delayNanos) {
                state = State.HALF_OPEN;
                trialInFlight = false;
            }
            if (state == State.HALF_OPEN) {
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
            }
            return state == State.CLOSED;
        }
    }

    /** The call went through (an answer came, whatever its status). */
    public void onSuccess() {
        if (state == State.CLOSED) {
            return;
        }
        synchronized (this) {
            if (state == State.HALF_OPEN) {
                state = State.CLOSED;
                failures.clear();
            }
        }
    }

    /** The call failed: refused connection, reset, timeout. */
    public synchronized void onFailure() {
        long now = nanoTime.getAsLong();
        if (state == State.HALF_OPEN) {
            open(now);
        } else if (state == State.CLOSED) {
            failures.addLast(now);
            while (now - failures.peekFirst() > windowNanos) {
                failures.removeFirst();
            }
            if (failures.size() >= maxFailures) {
                open(now);
            }
        }
    }

    /** The call was given up before it could succeed or fail (its caller went away): another trial may go. */
    public void onAbandoned() {
        if (state == State.CLOSED) {
            return;
        }
        synchronized (this) {
            if (state == State.HALF_OPEN) {
                trialInFlight = false;
            }
        }
    }

    private void open(long now) {
        state = State.OPEN;
        openedAt = now;
        failures.clear();
        trialInFlight = false;
    }
}
