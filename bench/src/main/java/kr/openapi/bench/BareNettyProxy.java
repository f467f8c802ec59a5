package kr.openapi.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * How fast a JVM can proxy on this machine below Vert.x: Netty alone, one event loop, epoll, each caller's connection
 * paired with one keep-alive connection to the upstream, the decoded request and response passed through as they are
 * (only {@code Connection} and {@code Host} rewritten), no checks. A measuring stick for the benchmark, not a proxy to
 * run: no timeouts, no back-pressure, no pipelining. Usage: {@code BareNettyProxy <port> <upstream port>}.
 */
public final class BareNettyProxy {

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        EventLoopGroup loop = new EpollEventLoopGroup(1);
        Bootstrap upstream = new Bootstrap().group(loop).channel(EpollSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true).remoteAddress("127.0.0.1", upstreamPort);
        new ServerBootstrap().group(loop).channel(EpollServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new CallerSide(upstream, upstreamPort));
                    }
                })
                .bind("127.0.0.1", port).sync();
        System.out.println("bare Netty proxy on " + port);
    }

    /** One caller's connection: its requests go, in order, to its own upstream connection. */
    private static final class CallerSide extends ChannelInboundHandlerAdapter {

        private final Bootstrap upstream;
        private final String host;
        private final Queue<HttpObject> waiting = new ArrayDeque<>();
        private Channel caller;
        private Channel backend;
        private boolean connecting;
        private boolean keepAlive = true;

        CallerSide(Bootstrap upstream, int upstreamPort) {
            this.upstream = upstream;
            this.host = "127.0.0.1:" + upstreamPort;
        }

        @Override
        public void channelActive(ChannelHandlerContext context) {
            caller = context.channel();
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request) {
                keepAlive = HttpUtil.isKeepAlive(request);
                request.headers().remove(HttpHeaderNames.CONNECTION).set(HttpHeaderNames.HOST, host);
            }
            if (backend != null && backend.isActive()) {
                backend.write(message);
                if (message instanceof LastHttpContent) {
                    backend.flush();
                }
                return;
            }
            waiting.add((HttpObject) message);
            if (!connecting) {
                connecting = true;
                upstream.clone().handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpClientCodec(), new UpstreamSide(CallerSide.this));
                    }
                }).connect().addListener((ChannelFutureListener) connected -> {
                    connecting = false;
                    if (!connected.isSuccess()) {
                        waiting.forEach(ReferenceCountUtil::release);
                        waiting.clear();
                        caller.close();
                        return;
                    }
                    backend = connected.channel();
                    HttpObject queued;
                    while ((queued = waiting.poll()) != null) {
                        backend.write(queued);
                    }
                    backend.flush();
                });
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            if (backend != null) {
                backend.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            context.close();
        }

        void answer(Object message) {
            if (message instanceof HttpResponse response) {
                if (!HttpUtil.isKeepAlive(response)) {
                    // The upstream closes after this answer (nginx: every 1,000 requests): the next request reconnects.
                    backend = null;
                }
                response.headers().remove(HttpHeaderNames.CONNECTION);
                HttpUtil.setKeepAlive(response, keepAlive);
            }
            if (message instanceof LastHttpContent) {
                caller.writeAndFlush(message).addListener(keepAlive ? ChannelFutureListener.CLOSE_ON_FAILURE
                        : ChannelFutureListener.CLOSE);
            } else {
                caller.write(message);
            }
        }

        void upstreamClosed(Channel closed) {
            if (backend == closed) {
                backend = null;
            }
        }
    }

    /** The upstream connection of one caller: answers go back to that caller. */
    private static final class UpstreamSide extends ChannelInboundHandlerAdapter {

        private final CallerSide caller;

        UpstreamSide(CallerSide caller) {
            this.caller = caller;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            caller.answer(message);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            caller.upstreamClosed(context.channel());
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            context.close();
        }
    }
}
