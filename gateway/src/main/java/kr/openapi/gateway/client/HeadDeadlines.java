package kr.openapi.gateway.client;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The calls of one event loop to one upstream that wait for their response head, each with its deadline, checked by
 * one sweep every {@link #TICK_MILLIS} while there are any. A timer per call cost each call a task scheduled on the
 * loop and cancelled again (2 to 3 % of the gateway's work per call); a deadline here is two links set and unset. A
 * call times out at most one tick late. Only ever used on its loop.
 */
final class HeadDeadlines {

    private static final Logger LOG = Logger.getLogger(HeadDeadlines.class);
    static final long TICK_MILLIS = 10;

    /** What waits: linked in place, so that waiting costs no allocation. */
    abstract static class Waiter {
        private boolean waiting;
        private long deadlineNanos;
        private Waiter previous;
        private Waiter next;

        /** Its deadline passed; it is off the list by then. */
        abstract void expired();
    }

    private final EventLoop loop;
    private Waiter first;
    private Waiter last;
    private boolean sweeping;

    HeadDeadlines(EventLoop loop) {
        this.loop = loop;
    }

    /** {@code waiter} waits until {@code deadlineNanos} ({@link System#nanoTime()}). */
    void add(Waiter waiter, long deadlineNanos) {
        remove(waiter);
        waiter.waiting = true;
        waiter.deadlineNanos = deadlineNanos;
        waiter.previous = last;
        if (last == null) {
            first = waiter;
        } else {
            last.next = waiter;
        }
        last = waiter;
        if (!sweeping) {
            sweeping = true;
            loop.schedule(this::sweep, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** {@code waiter} no longer waits (its head came, or it failed or was cancelled). */
    void remove(Waiter waiter) {
        if (!waiter.waiting) {
            return;
        }
        waiter.waiting = false;
        if (waiter.previous == null) {
            first = waiter.next;
        } else {
            waiter.previous.next = waiter.next;
        }
        if (waiter.next == null) {
            last = waiter.previous;
        } else {
            waiter.next.previous = waiter.previous;
        }
        waiter.previous = null;
        waiter.next = null;
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            List<Waiter> expired = null;
            for (Waiter waiter = first; waiter != null; waiter = waiter.next) {
                if (now - waiter.deadlineNanos >= 0) {
                    if (expired == null) {
                        expired = new ArrayList<>();
                    }
                    expired.add(waiter);
                }
            }
            if (expired != null) {
                // All are taken off the list first: one that expires may wait again (a retry) or make others wait.
                expired.forEach(this::remove);
                for (Waiter waiter : expired) {
                    expire(waiter);
                }
            }
        } finally {
            // Whatever happened above, the calls still waiting keep being watched.
            if (first == null) {
                sweeping = false;
            } else {
                loop.schedule(this::sweep, TICK_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static void expire(Waiter waiter) {
        if (waiter.waiting) {
            // Waiting again since this sweep began (the expiry of another led to its retry): a new deadline runs.
            return;
        }
        try {
            waiter.expired();
        } catch (RuntimeException e) {
            // One call's failure must not keep the others from timing out.
            LOG.error("A timed-out upstream call failed to end", e);
        }
    }
}
