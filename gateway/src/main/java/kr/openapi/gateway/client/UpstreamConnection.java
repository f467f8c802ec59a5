package kr.openapi.gateway.client;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;

/**
 * The last handler of an upstream connection: hands what the upstream sends to the call using the connection, if
 * any. A connection that sends anything between calls is closed, as is one idle for the keep-alive timeout; a call
 * whose answer stops arriving for that long fails.
 */
final class UpstreamConnection extends ChannelInboundHandlerAdapter {

    private final LoopConnections pool;
    private UpstreamCall call;

    UpstreamConnection(LoopConnections pool) {
        this.pool = pool;
    }

    void attach(UpstreamCall call) {
        this.call = call;
    }

    void detach() {
        this.call = null;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (call != null) {
            call.read(message);
        } else {
            ReferenceCountUtil.release(message);
            context.close();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        if (call != null) {
            call.readComplete();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        if (call != null && context.channel().isWritable()) {
            call.becameWritable();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        if (call != null) {
            call.lost(new IOException("upstream closed the connection"));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        if (call != null) {
            call.lost(cause);
        }
        context.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof IdleStateEvent) {
            if (call == null) {
                pool.closeIfIdle(context.channel());
            } else {
                call.idle();
            }
        }
    }
}
