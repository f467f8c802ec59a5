package kr.openapi.gateway.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * One upstream service: keep-alive HTTP/1.1 connections on each event loop and what guards every call to it: a
 * timeout (no response head within {@code timeout}: the call fails and its connection is closed), a circuit breaker
 * (after {@code circuit-max-failures} failures within the window the circuit opens and calls are refused at once for
 * {@code circuit-delay}) and a bulkhead (at most {@code max-concurrent-calls} waiting for an answer, so a slow
 * upstream cannot take the gateway's capacity from the others), all from {@code gateway.upstreams.<name>.*}.
 * {@code max-connections} is shared out between the event loops.
 */
public final class Upstream {

    /** Refused at once because too many calls to this upstream are in flight. */
    public static final class BulkheadFullException extends RuntimeException {
        BulkheadFullException(String upstream) {
            super(upstream + ": too many calls in flight", null, false, false);
        }
    }

    /** How long a pooled connection may stay unused before it is closed. */
    private static final int KEEP_ALIVE_SECONDS = 60;

    private final String name;
    private final String hostHeader;
    private final long timeoutMillis;
    private final int maxConcurrentCalls;
    private final UpstreamCircuit circuit;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<EventExecutor, LoopConnections> byLoop = new IdentityHashMap<>();

    /** An upstream reached over TCP (or TLS for an {@code https} URL). */
    static Upstream overNetwork(String name, GatewayConfig.Upstream config, EventLoops loops) {
        URI base = URI.create(config.url());
        boolean tls = "https".equals(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        SslContext ssl = tls ? clientTls() : null;
        Bootstrap bootstrap = new Bootstrap()
                .channelFactory(loops.channels(false))
                .resolver(loops.resolver())
                .remoteAddress(InetSocketAddress.createUnresolved(base.getHost(), port))
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis());
        return new Upstream(name, base.getHost() + ":" + port, config, loops, bootstrap, channel -> {
            if (ssl != null) {
                SslHandler handler = ssl.newHandler(channel.alloc(), base.getHost(), port);
                SSLParameters parameters = handler.engine().getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                handler.engine().setSSLParameters(parameters);
                channel.pipeline().addLast(handler);
            }
        });
    }

    /** The gateway's own Quarkus HTTP server, on its Unix domain socket. */
    static Upstream overDomainSocket(String name, String path, GatewayConfig.Upstream config, EventLoops loops) {
        Bootstrap bootstrap = new Bootstrap()
                .channelFactory(loops.channels(true))
                .remoteAddress(new DomainSocketAddress(path))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis());
        return new Upstream(name, "localhost", config, loops, bootstrap, channel -> {
        });
    }

    private Upstream(String name, String hostHeader, GatewayConfig.Upstream config, EventLoops loops, Bootstrap bootstrap,
                     java.util.function.Consumer<Channel> transportHandlers) {
        this.name = name;
        this.hostHeader = hostHeader;
        this.timeoutMillis = config.timeout().toMillis();
        this.maxConcurrentCalls = config.maxConcurrentCalls();
        this.circuit = new UpstreamCircuit(config.circuitMaxFailures(), config.circuitFailureWindow().toNanos(),
                config.circuitDelay().toNanos(), System::nanoTime);
        int loopCount = 0;
        for (EventExecutor ignored : loops.workers()) {
            loopCount++;
        }
        int perLoop = Math.max(1, (config.maxConnections() + loopCount - 1) / loopCount);
        for (EventExecutor loop : loops.workers()) {
            byLoop.put(loop, new LoopConnections((EventLoop) loop, bootstrap, channel -> {
                transportHandlers.accept(channel);
                // Responses: Quarkus' request-line limit, and room for large headers (cookies, long links).
                channel.pipeline().addLast(new HttpClientCodec(GatewayHeaders.decoder(4096, 65536, 65536), false, false))
                        .addLast(new IdleStateHandler(KEEP_ALIVE_SECONDS, 0, 0, TimeUnit.SECONDS));
            }, perLoop));
        }
    }

    public String name() {
        return name;
    }

    public String hostHeader() {
        return hostHeader;
    }

    /**
     * The path of an absolute URL on this upstream as the gateway addressed it (a service builds its
     * {@code Location} from the {@code Host} it was sent); null for any other URL. So that a caller is sent to the
     * gateway, never to a service's internal address (nginx's {@code proxy_redirect default}).
     */
    public String pathOn(String url) {
        for (String scheme : new String[] {"http://", "https://"}) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())
                    && url.regionMatches(true, scheme.length(), hostHeader, 0, hostHeader.length())) {
                String rest = url.substring(scheme.length() + hostHeader.length());
                if (rest.isEmpty() || rest.charAt(0) == '/') {
                    return rest.isEmpty() ? "/" : rest;
                }
            }
        }
        return null;
    }

    public UpstreamCircuit.State circuitState() {
        return circuit.state();
    }

    /**
     * Sends {@code head} (and then the body given to the call's {@link UpstreamCall#send}, if {@code hasBody}) on a
     * connection of {@code loop}, the caller's, within {@code timeout} (null: the upstream's). What happens is told
     * to {@code listener} on that loop, possibly before this returns.
     */
    public UpstreamCall call(EventLoop loop, HttpRequest head, boolean hasBody, Duration timeout, UpstreamListener listener) {
        LoopConnections connections = byLoop.get(loop);
        if (connections == null) {
            throw new IllegalStateException("not an event loop of the gateway: " + loop);
        }
        UpstreamCall call = new UpstreamCall(this, connections, head, hasBody,
                timeout == null ? timeoutMillis : timeout.toMillis(), listener);
        call.start();
        return call;
    }

    /** Null when a call may go: within the bulkhead and the circuit; otherwise why not. */
    RuntimeException admit() {
        if (inFlight.incrementAndGet() > maxConcurrentCalls) {
            inFlight.decrementAndGet();
            return new BulkheadFullException(name);
        }
        if (!circuit.tryAcquire()) {
            inFlight.decrementAndGet();
            return new UpstreamCircuit.OpenException(name);
        }
        return null;
    }

    /** An admitted call got its answer. */
    void succeeded() {
        inFlight.decrementAndGet();
        circuit.onSuccess();
    }

    /** An admitted call failed: refused, timed out, connection lost. */
    void failed() {
        inFlight.decrementAndGet();
        circuit.onFailure();
    }

    /** An admitted call was given up by its caller. */
    void abandoned() {
        inFlight.decrementAndGet();
        circuit.onAbandoned();
    }

    private static SslContext clientTls() {
        try {
            return SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw new IllegalStateException("TLS to upstreams is not available", e);
        }
    }
}
