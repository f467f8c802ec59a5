package kr.openapi.gateway.client;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import io.vertx.core.http.HttpClientRequest;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * One upstream service: a pooled keep-alive HTTP client and the guard every call to it goes through: a timeout for
 * the response head, a circuit breaker (an open circuit refuses at once) and a bulkhead (a slow upstream cannot take
 * the gateway's capacity from the others), all from {@code gateway.upstreams.<name>.*}.
 */
public final class Upstream {

    private final String name;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final HttpClient client;
    private final TypedGuard<CompletionStage<HttpClientResponse>> guard;

    Upstream(String name, GatewayConfig.Upstream config, Vertx vertx) {
        URI base = URI.create(config.url());
        this.name = name;
        this.host = base.getHost();
        this.ssl = "https".equals(base.getScheme());
        this.port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setSsl(ssl)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.maxConnections()));
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<HttpClientResponse>>() {
                })
                .withDescription("upstream " + name)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name("upstream-" + name)
                .requestVolumeThreshold(config.circuitRequestVolume())
                .failureRatio(config.circuitFailureRatio())
                .delay(config.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withBulkhead().limit(config.maxConcurrentCalls()).queueSize(1).done()
                // The call is already non-blocking: stay on the event loop instead of hopping to a worker thread.
                .withThreadOffload(false)
                .build();
    }

    public String name() {
        return name;
    }

    public String hostHeader() {
        return host + ":" + port;
    }

    public CircuitBreakerState circuitState() {
        return CircuitBreakerMaintenance.get().currentState("upstream-" + name);
    }

    /**
     * Sends one request through the guard. {@code send} writes the request (head and body) once the connection is
     * ready and answers with the response head.
     */
    public Future<HttpClientResponse> call(RequestOptions options, Function<HttpClientRequest, Future<HttpClientResponse>> send) {
        options.setHost(host).setPort(port).setSsl(ssl);
        // The response is paused on arrival: the guard hands it over later, on another turn, and no body byte may be
        // lost before the caller pipes it.
        return Future.fromCompletionStage(guard.get(() -> client.request(options).compose(send)
                .map(response -> (HttpClientResponse) response.pause()).toCompletionStage()));
    }
}
