package kr.openapi.gateway.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * The keep-alive connections to one upstream that belong to one event loop. A call takes a connection of the loop
 * its caller is served on, so a call never leaves that thread and the pool needs no lock. At most {@code max} are
 * open; a call beyond that waits for one to be released (its own timeout still runs). Only ever used on its loop.
 */
final class LoopConnections {

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final int max;
    /** Most recently used first: the warmest connection is reused, the coldest ones time out. */
    private final ArrayDeque<Channel> idle = new ArrayDeque<>();
    private final ArrayDeque<Promise<Channel>> waiting = new ArrayDeque<>();
    private int open;
    private final HeadDeadlines headDeadlines;

    /** {@code codecs} sets up a new connection's pipeline; the pool's own handler comes last. */
    LoopConnections(EventLoop loop, Bootstrap bootstrap, Consumer<Channel> codecs, int max) {
        this.loop = loop;
        this.bootstrap = bootstrap.clone(loop).handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                codecs.accept(channel);
                channel.pipeline().addLast(new UpstreamConnection(LoopConnections.this));
            }
        });
        this.max = max;
        this.headDeadlines = new HeadDeadlines(loop);
    }

    /** The calls of this loop to this upstream that wait for their response head. */
    HeadDeadlines headDeadlines() {
        return headDeadlines;
    }

    Future<Channel> acquire() {
        Channel channel;
        while ((channel = idle.pollFirst()) != null) {
            if (channel.isActive()) {
                return loop.newSucceededFuture(channel);
            }
        }
        Promise<Channel> promise = loop.newPromise();
        if (open < max) {
            connect(promise);
        } else {
            waiting.addLast(promise);
        }
        return promise;
    }

    /** A connection whose call is complete and which the upstream keeps open: to a waiting call, or kept idle. */
    void release(Channel channel) {
        if (!channel.isActive()) {
            return;
        }
        Promise<Channel> next;
        while ((next = waiting.pollFirst()) != null) {
            if (next.trySuccess(channel)) {
                return;
            }
        }
        idle.addFirst(channel);
    }

    /** An idle connection that saw no traffic for the idle timeout is closed. */
    boolean closeIfIdle(Channel channel) {
        if (idle.remove(channel)) {
            channel.close();
            return true;
        }
        return false;
    }

    private void connect(Promise<Channel> promise) {
        open++;
        ChannelFuture connecting = bootstrap.connect();
        Channel channel = connecting.channel();
        // Counted out once: when the connection closes, or when it failed before it was ever registered (no fd left).
        boolean[] countedOut = {false};
        Runnable closed = () -> {
            if (!countedOut[0]) {
                countedOut[0] = true;
                closed(channel);
            }
        };
        channel.closeFuture().addListener(done -> closed.run());
        connecting.addListener(done -> {
            if (done.isSuccess()) {
                if (!promise.trySuccess(channel)) {
                    release(channel);
                }
            } else {
                promise.tryFailure(done.cause());
                if (!channel.isRegistered()) {
                    closed.run();
                }
            }
        });
    }

    private void closed(Channel channel) {
        open--;
        idle.remove(channel);
        // A call waiting for a free connection may open one now.
        Promise<Channel> next;
        while ((next = waiting.pollFirst()) != null) {
            if (!next.isDone()) {
                connect(next);
                return;
            }
        }
    }
}
