package kr.openapi.gateway.client;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Flushes what was written to a connection once its event loop has handled the I/O events at hand, all such
 * connections back to back, instead of one by one between the events. Why: on a loaded gateway each event loop
 * wakes up to a dozen ready connections at once; flushed one by one, each answer (and each upstream request) reaches
 * a peer that had time to go back to sleep since the previous one, and waking a sleeping peer on another CPU costs
 * the sender an inter-processor interrupt (on a virtual machine, 5 µs or more: more than the gateway's own work per
 * call). Flushed together, the peer wakes once for the lot. A caller waits no longer than its loop takes for the
 * events it already had in hand; on a quiet gateway that is nothing.
 */
public final class BatchedFlush {

    private static final Logger LOG = Logger.getLogger(BatchedFlush.class);

    private static final FastThreadLocal<Pending> PENDING = new FastThreadLocal<>() {
        @Override
        protected Pending initialValue() {
            return new Pending();
        }
    };

    private BatchedFlush() {
    }

    /** Flushes {@code channel} at the end of its event loop's current round (at once off the loop). */
    public static void flushSoon(Channel channel) {
        EventLoop loop = channel.eventLoop();
        if (!loop.inEventLoop()) {
            channel.flush();
            return;
        }
        Pending pending = PENDING.get();
        if (pending.channels.isEmpty()) {
            // A task: the loop runs its tasks once it has handled the I/O events of its round.
            loop.execute(pending);
        }
        pending.channels.add(channel);
    }

    /** The connections of one loop waiting for the end of its round. */
    private static final class Pending implements Runnable {

        private final List<Channel> channels = new ArrayList<>();

        @Override
        public void run() {
            try {
                // A flush may lead to more (a failed write closes a connection, whose caller's next request is
                // answered): those join the list and are flushed in this same pass.
                for (int i = 0; i < channels.size(); i++) {
                    flush(channels.get(i));
                }
            } finally {
                // Emptied whatever happened: a list left non-empty would never be flushed again.
                channels.clear();
            }
        }

        private static void flush(Channel channel) {
            try {
                channel.flush();
            } catch (RuntimeException e) {
                LOG.error("Flushing a connection failed", e);
                channel.close();
            }
        }
    }
}
