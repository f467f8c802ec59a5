package kr.openapi.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers written during a loop's round reach their peers together, once the round is over, and all of them. */
class BatchedFlushTest {

    private final DefaultEventLoopGroup group = new DefaultEventLoopGroup(1);
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void writesOfOneRoundAreFlushedWhenTheRoundEndsAndNotBefore() throws Exception {
        LocalAddress address = new LocalAddress("batched-flush-test");
        receiveOn(address);
        Channel first = connect(address);
        Channel second = connect(address);
        EventLoop loop = first.eventLoop();
        assertThat(second.eventLoop()).isSameAs(loop);

        CompletableFuture<List<Long>> pendingInRound = new CompletableFuture<>();
        loop.execute(() -> {
            first.write(Unpooled.copiedBuffer("one", StandardCharsets.UTF_8));
            BatchedFlush.flushSoon(first);
            second.write(Unpooled.copiedBuffer("two", StandardCharsets.UTF_8));
            BatchedFlush.flushSoon(second);
            pendingInRound.complete(List.of(first.unsafe().outboundBuffer().totalPendingWriteBytes(),
                    second.unsafe().outboundBuffer().totalPendingWriteBytes(), (long) received.size()));
        });

        List<Long> inRound = pendingInRound.get(5, TimeUnit.SECONDS);
        assertThat(inRound.subList(0, 2)).as("bytes still unflushed while the round goes on").allMatch(bytes -> bytes > 0);
        assertThat(inRound.get(2)).as("messages received during the round").isZero();
        assertThat(List.of(received.poll(5, TimeUnit.SECONDS), received.poll(5, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void offItsLoopAChannelIsFlushedAtOnce() throws Exception {
        LocalAddress address = new LocalAddress("batched-flush-off-loop");
        receiveOn(address);
        Channel channel = connect(address);

        channel.write(Unpooled.copiedBuffer("late", StandardCharsets.UTF_8));
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).as("written, not flushed").isNull();
        BatchedFlush.flushSoon(channel);

        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("late");
    }

    /** A server at {@code address} whose connections put what they read into {@link #received}. */
    private void receiveOn(LocalAddress address) throws InterruptedException {
        new ServerBootstrap().group(group).channel(LocalServerChannel.class).childHandler(new ChannelInitializer<LocalChannel>() {
            @Override
            protected void initChannel(LocalChannel channel) {
                channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext context, Object message) {
                        ByteBuf bytes = (ByteBuf) message;
                        received.add(bytes.toString(StandardCharsets.UTF_8));
                        bytes.release();
                    }
                });
            }
        }).bind(address).sync();
    }

    private Channel connect(LocalAddress address) throws InterruptedException {
        return new Bootstrap().group(group).channel(LocalChannel.class).handler(new ChannelInboundHandlerAdapter())
                .connect(address).sync().channel();
    }
}
