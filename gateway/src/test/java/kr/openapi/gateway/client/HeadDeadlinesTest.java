package kr.openapi.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls waiting for their response head time out once their own deadline passed, and only those still waiting. */
class HeadDeadlinesTest {

    private final DefaultEventLoopGroup group = new DefaultEventLoopGroup(1);
    private final EventLoop loop = group.next();
    private final HeadDeadlines deadlines = new HeadDeadlines(loop);
    private final List<String> expired = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    /** A waiter that notes its expiry, and waits once more the first time (as a retried GET does). */
    private final class Call extends HeadDeadlines.Waiter {
        private final String name;
        private final boolean retries;
        private int attempts = 1;

        Call(String name, boolean retries) {
            this.name = name;
            this.retries = retries;
        }

        @Override
        void expired() {
            expired.add(name + "#" + attempts);
            if (retries && attempts++ == 1) {
                deadlines.add(this, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
    }

    @Test
    void eachWaiterExpiresAtItsOwnDeadlineUnlessItStoppedWaiting() throws Exception {
        Call first = new Call("first", false), answered = new Call("answered", false), last = new Call("last", false);
        Call retried = new Call("retried", true);
        loop.submit(() -> {
            long now = System.nanoTime();
            deadlines.add(first, now + TimeUnit.MILLISECONDS.toNanos(50));
            deadlines.add(answered, now + TimeUnit.MILLISECONDS.toNanos(50));
            deadlines.add(retried, now + TimeUnit.MILLISECONDS.toNanos(50));
            deadlines.add(last, now + TimeUnit.MILLISECONDS.toNanos(600));
            deadlines.remove(answered);
        }).sync();

        Thread.sleep(300);
        assertThat(expired).containsExactlyInAnyOrder("first#1", "retried#1", "retried#2");

        Thread.sleep(600);
        assertThat(expired).containsExactlyInAnyOrder("first#1", "retried#1", "retried#2", "last#1");
    }

    @Test
    void theFirstTheLastAndTheOnlyWaiterCanStopWaiting() throws Exception {
        Call a = new Call("a", false), b = new Call("b", false), c = new Call("c", false);
        loop.submit(() -> {
            long soon = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30);
            deadlines.add(a, soon);
            deadlines.add(b, soon);
            deadlines.add(c, soon);
            deadlines.remove(a);
            deadlines.remove(c);
            deadlines.remove(b);
            deadlines.add(c, soon);
            deadlines.remove(c);
            deadlines.add(b, soon);
        }).sync();

        Thread.sleep(300);
        assertThat(expired).containsExactly("b#1");
    }
}
