package kr.openapi.gateway.rest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.timeout.IdleStateHandler;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kr.openapi.gateway.client.EventLoops;
import kr.openapi.gateway.client.GatewayHeaders;
import kr.openapi.gateway.policy.GatewayExchange;
import kr.openapi.gateway.policy.PolicyChain;
import org.jboss.logging.Logger;

/**
 * The gateway's public port, served by Netty directly on Quarkus' event loops: every request goes through the
 * {@link PolicyChain}, except the gateway's own admin API ({@code /admin/gateway/*}) and, in dev mode, Quarkus' dev
 * UI ({@code /q/*}), which go to Quarkus' own HTTP server on its Unix domain socket. Quarkus' HTTP server, with its
 * routing and request objects, measured at 0.53-0.83 of nginx's throughput on two cores with nothing else in the
 * chain; Netty alone at 0.91-1.07 (bench/README.md, issue 17). The port, host, idle timeout and header limits are
 * Quarkus' {@code quarkus.http.*} settings; health, metrics and OpenAPI stay on the management port.
 */
@Singleton
public class EdgeServer {

    private static final Logger LOG = Logger.getLogger(EdgeServer.class);

    private final EventLoops loops;
    private final PolicyChain chain;
    private final VertxHttpConfig http;
    private final ValueRegistry values;
    /** How long answers in flight may take to complete when the gateway stops. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    /** The callers' open connections (a closed one leaves the group by itself). */
    private final ChannelGroup callers = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private Channel server;

    public EdgeServer(EventLoops loops, PolicyChain chain, VertxHttpConfig http, ValueRegistry values) {
        this.loops = loops;
        this.chain = chain;
        this.http = http;
        this.values = values;
    }

    void start(@Observes StartupEvent started) throws InterruptedException {
        LaunchMode mode = LaunchMode.current();
        String host = mode == LaunchMode.TEST ? http.testHost().orElse(http.host()) : http.host();
        int port = http.determinePort(mode);
        boolean devUi = mode == LaunchMode.DEVELOPMENT;
        CallerConnection.Requests requests = new CallerConnection.Requests() {
            @Override
            public void begin(GatewayExchange exchange) {
                String path = exchange.path();
                if (path != null && (path.startsWith("/admin/gateway/") || devUi && (path.startsWith("/q/") || path.equals("/q")))) {
                    chain.handleOwn(exchange);
                } else {
                    chain.handle(exchange);
                }
            }

            @Override
            public void refuse(GatewayExchange exchange, int status, String reason) {
                chain.refuse(exchange, status, reason);
            }

            @Override
            public void end(GatewayExchange exchange) {
                if (!exchange.own()) {
                    chain.record(exchange);
                }
            }
        };
        int maxHeaderSize = (int) http.limits().maxHeaderSize().asLongValue();
        int maxInitialLine = http.limits().maxInitialLineLength();
        long idleSeconds = http.idleTimeout().toSeconds();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops.acceptor(), loops.workers())
                .channelFactory(loops.serverChannels())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline()
                                .addLast(new EdgeHttpCodec(GatewayHeaders.decoder(maxInitialLine, maxHeaderSize, 65536)))
                                .addLast(new IdleStateHandler(idleSeconds, 0, 0, TimeUnit.SECONDS))
                                .addLast(new CallerConnection(requests));
                        callers.add(channel);
                    }
                });
        server = bootstrap.bind(host, port).sync().channel();
        int bound = ((InetSocketAddress) server.localAddress()).getPort();
        if (mode == LaunchMode.TEST) {
            // What RestAssured and @TestHTTPResource read: Quarkus registers its own port so, and binds none here.
            values.register(ValueRegistry.RuntimeKey.intKey("quarkus.http.test-port"), bound);
        }
        // The line @QuarkusIntegrationTest (and an operator) looks for to learn the port.
        LOG.infof("Listening on: http://%s:%d", host, bound);
    }

    /**
     * Stops taking connections, closes the idle ones, and gives the answers in flight up to {@link #DRAIN} to
     * complete (Kubernetes has taken the pod out of the Service by then); what is left is then closed.
     */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (server == null) {
            return;
        }
        server.close().syncUninterruptibly();
        server = null;
        for (Channel caller : callers) {
            caller.eventLoop().execute(() -> caller.pipeline().get(CallerConnection.class).closeWhenIdle());
        }
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (!callers.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (!callers.isEmpty()) {
            LOG.infof("Closing %d connections whose answers did not complete within %s", callers.size(), DRAIN);
            callers.close().awaitUninterruptibly();
        }
    }
}
