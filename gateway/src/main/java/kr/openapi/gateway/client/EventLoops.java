package kr.openapi.gateway.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.resolver.AddressResolverGroup;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.spi.transport.Transport;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * Quarkus' own Netty event loops and transport (native epoll where available), which the gateway's edge and its
 * upstream connections run on: one set of threads, sized to the CPUs ({@link kr.openapi.gateway.config.EventLoopsConfigSource}),
 * shared with the rest of Quarkus.
 */
@Singleton
public class EventLoops {

    private final VertxInternal vertx;

    public EventLoops(Vertx vertx) {
        this.vertx = (VertxInternal) vertx;
    }

    /** The loops connections are served on. */
    public EventLoopGroup workers() {
        return vertx.getEventLoopGroup();
    }

    /** The loop that accepts connections. */
    public EventLoopGroup acceptor() {
        return vertx.getAcceptorEventLoopGroup();
    }

    public ChannelFactory<? extends ServerChannel> serverChannels() {
        return transport().serverChannelFactory(false);
    }

    /** Channels to a TCP address, or to a Unix domain socket. */
    public ChannelFactory<? extends Channel> channels(boolean domainSocket) {
        if (domainSocket && !transport().supportsDomainSockets()) {
            throw new IllegalStateException("the gateway reaches its own admin API over a Unix domain socket, which needs "
                    + "Netty's native transport (Linux epoll): " + transport().unavailabilityCause());
        }
        return transport().channelFactory(domainSocket);
    }

    /** Vert.x's asynchronous DNS resolver: a host name is never looked up blocking a loop. */
    public AddressResolverGroup<InetSocketAddress> resolver() {
        return vertx.nettyAddressResolverGroup();
    }

    private Transport transport() {
        return vertx.transport();
    }
}
