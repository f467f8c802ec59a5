package kr.openapi.gateway.client;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * One upstream service: a pooled keep-alive HTTP client and what guards every call to it: a timeout (no answer
 * within {@code timeout}: the request is closed), a circuit breaker (after {@code circuit-max-failures} failures
 * within the window the circuit opens and calls are refused at once for {@code circuit-delay}) and a bulkhead (at
 * most {@code max-concurrent-calls} in flight, so a slow upstream cannot take the gateway's capacity from the
 * others), all from {@code gateway.upstreams.<name>.*}.
 */
public final class Upstream {

    /** Refused at once because too many calls to this upstream are in flight. */
    public static final class BulkheadFullException extends RuntimeException {
        BulkheadFullException(String upstream) {
            super(upstream + ": too many calls in flight", null, false, false);
        }
    }

    private final String name;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final String hostHeader;
    private final long timeoutMillis;
    private final int maxConcurrentCalls;
    private final HttpClient client;
    private final UpstreamCircuit circuit;
    private final AtomicInteger inFlight = new AtomicInteger();

    Upstream(String name, GatewayConfig.Upstream config, Vertx vertx) {
        URI base = URI.create(config.url());
        this.name = name;
        this.host = base.getHost();
        this.ssl = "https".equals(base.getScheme());
        this.port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        this.hostHeader = host + ":" + port;
        this.timeoutMillis = config.timeout().toMillis();
        this.maxConcurrentCalls = config.maxConcurrentCalls();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setSsl(ssl)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.maxConnections()));
        this.circuit = new UpstreamCircuit(config.circuitMaxFailures(), config.circuitFailureWindow().toNanos(),
                config.circuitDelay().toNanos(), System::nanoTime);
    }

    public String name() {
        return name;
    }

    public String hostHeader() {
        return hostHeader;
    }

    public UpstreamCircuit.State circuitState() {
        return circuit.state();
    }

    /**
     * Sends one request through the guards, within the upstream's timeout unless {@code options} carry their own.
     * {@code send} writes the request (head and body) once a connection is ready and answers with the response
     * head. The response is paused on arrival, so that no body byte is lost before the caller pipes it.
     */
    public Future<HttpClientResponse> call(RequestOptions options, Function<HttpClientRequest, Future<HttpClientResponse>> send) {
        if (inFlight.incrementAndGet() > maxConcurrentCalls) {
            inFlight.decrementAndGet();
            return Future.failedFuture(new BulkheadFullException(name));
        }
        options.setHost(host).setPort(port).setSsl(ssl);
        if (options.getTimeout() == RequestOptions.DEFAULT_TIMEOUT) {
            options.setTimeout(timeoutMillis);
        }
        if (!circuit.tryAcquire()) {
            inFlight.decrementAndGet();
            return Future.failedFuture(new UpstreamCircuit.OpenException(name));
        }
        return client.request(options).compose(send)
                .map(head -> (HttpClientResponse) head.pause())
                .andThen(done -> {
                    inFlight.decrementAndGet();
                    if (done.succeeded()) {
                        circuit.onSuccess();
                    } else {
                        circuit.onFailure();
                    }
                });
    }
}
