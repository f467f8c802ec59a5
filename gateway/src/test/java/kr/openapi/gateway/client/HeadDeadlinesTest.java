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

    /** A waiter that notes its expiry; a retrying one waits once more the first time (as a retried GET does). */
    private class Call extends HeadDeadlines.Waiter {
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
        onLoop(() -> {
            long now = System.nanoTime();
            deadlines.add(first, now + millis(50));
            deadlines.add(answered, now + millis(50));
            deadlines.add(retried, now + millis(50));
            deadlines.add(last, now + millis(3000));
            deadlines.remove(answered);
        });

        awaitExpiries(3);
        assertThat(expired).as("before the last one's deadline").containsExactlyInAnyOrder("first#1", "retried#1", "retried#2");
        awaitExpiries(4);
        assertThat(expired).containsExactlyInAnyOrder("first#1", "retried#1", "retried#2", "last#1");
    }

    @Test
    void theFirstTheLastAndTheOnlyWaiterCanStopWaitingAndTheSweepStartsAgainAfterAPause() throws Exception {
        Call a = new Call("a", false), b = new Call("b", false), c = new Call("c", false);
        onLoop(() -> {
            long soon = System.nanoTime() + millis(30);
            deadlines.add(a, soon);
            deadlines.add(b, soon);
            deadlines.add(c, soon);
            deadlines.remove(a);
            deadlines.remove(c);
            deadlines.remove(b);
            deadlines.add(c, soon);
            deadlines.remove(c);
            deadlines.add(b, soon);
        });
        awaitExpiries(1);
        Thread.sleep(100);
        assertThat(expired).containsExactly("b#1");

        onLoop(() -> deadlines.add(c, System.nanoTime() + millis(30)));
        awaitExpiries(2);
        assertThat(expired).containsExactly("b#1", "c#1");
    }

    @Test
    void aWaiterThatFailsToExpireKeepsNoOtherFromExpiring() throws Exception {
        Call failing = new Call("failing", false) {
            @Override
            void expired() {
                super.expired();
                throw new IllegalStateException("the caller's answer could not be written");
            }
        };
        Call other = new Call("other", false), later = new Call("later", false);
        onLoop(() -> {
            long now = System.nanoTime();
            deadlines.add(failing, now + millis(30));
            deadlines.add(other, now + millis(30));
            deadlines.add(later, now + millis(300));
        });

        awaitExpiries(3);
        assertThat(expired).containsExactlyInAnyOrder("failing#1", "other#1", "later#1");
    }

    private void onLoop(Runnable task) throws InterruptedException {
        loop.submit(task).sync();
    }

    private void awaitExpiries(int count) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (expired.size() < count && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(expired).hasSizeGreaterThanOrEqualTo(count);
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
