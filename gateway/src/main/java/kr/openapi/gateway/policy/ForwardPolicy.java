package kr.openapi.gateway.policy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.client.BodyRelay;
import kr.openapi.gateway.client.Upstream;
import kr.openapi.gateway.client.UpstreamCircuit;
import kr.openapi.gateway.client.Upstreams;
import kr.openapi.gateway.service.GatewayRoute;
import kr.openapi.gateway.service.ServiceKeyReader;

/**
 * {@code forward}: sends the request to the route's upstream and streams both bodies (nothing is buffered, so a
 * multi-megabyte Excel download costs no memory). The service key leaves the query and the headers; hop-by-hop
 * headers are dropped; {@code X-Forwarded-*} and the internal token are set. A GET that fails to connect or times
 * out is tried once more. Upstream down, slow or its circuit open: code 05 (502, or 504 for a timeout). On a route
 * whose errors go out as 200 ({@code error-status=ok}), an upstream's error status is answered as 200 too: its
 * body carries the result code.
 */
@Singleton
public class ForwardPolicy implements GatewayPolicy {

    /** RFC 9110 hop-by-hop headers, plus the credentials the gateway consumes. */
    private static final Set<String> NOT_FORWARDED = ignoringCase("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "authorization",
            "x-service-key", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "forwarded");
    private static final Set<String> NOT_RETURNED = ignoringCase("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private final Upstreams upstreams;

    public ForwardPolicy(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public String id() {
        return "forward";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        HttpServerRequest request = exchange.context().request();
        Upstream upstream = upstreams.get(exchange.route().upstream());
        String query = ServiceKeyReader.queryWithoutKey(request.query());
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setURI(query == null ? exchange.path() : exchange.path() + "?" + query);
        if (exchange.route().timeout() != null) {
            options.setTimeout(exchange.route().timeout().toMillis());
        }
        boolean hasBody = request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD;
        // The headers go straight into the upstream request's own (no intermediate copy).
        Function<HttpClientRequest, Future<HttpClientResponse>> send = hasBody
                ? upstreamRequest -> copyHeaders(exchange, request, upstream, upstreamRequest).send(request)
                : upstreamRequest -> copyHeaders(exchange, request, upstream, upstreamRequest).send();
        Future<HttpClientResponse> response = upstream.call(options, send);
        if (!hasBody) {
            request.resume();
            response = response.recover(failure -> isWorthRetrying(failure)
                    ? upstream.call(new RequestOptions(options), send)
                    : Future.failedFuture(failure));
        }
        return response.recover(failure -> Future.failedFuture(asResultCode(failure, upstream)))
                .compose(upstreamResponse -> relay(upstreamResponse, exchange.context(), exchange.route()));
    }

    private static HttpClientRequest copyHeaders(GatewayExchange exchange, HttpServerRequest request, Upstream upstream,
                                                 HttpClientRequest upstreamRequest) {
        MultiMap headers = upstreamRequest.headers();
        Set<String> listedInConnection = connectionTokens(request.getHeader(HttpHeaders.CONNECTION));
        request.headers().forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name) && !listedInConnection.contains(name)) {
                headers.add(name, value);
            }
        });
        headers.set("X-Forwarded-For", exchange.clientIpText());
        // The connection's TLS: the request's isSSL() would first parse Forwarded headers that are not trusted here.
        headers.set("X-Forwarded-Proto", request.connection().isSsl() ? "https" : "http");
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set(HttpHeaders.HOST, upstream.hostHeader());
        headers.set(HttpHeaders.AUTHORIZATION, exchange.authorization());
        return upstreamRequest;
    }

    /** Status, headers and body of the upstream's answer, streamed to the caller. */
    private static Future<Void> relay(HttpClientResponse upstreamResponse, RoutingContext caller, GatewayRoute route) {
        HttpServerResponse response = caller.response();
        int status = route.answeredStatus(upstreamResponse.statusCode());
        response.setStatusCode(status);
        if (status == upstreamResponse.statusCode()) {
            response.setStatusMessage(upstreamResponse.statusMessage());
        }
        Set<String> listedInConnection = connectionTokens(upstreamResponse.getHeader(HttpHeaders.CONNECTION));
        MultiMap headers = response.headers();
        upstreamResponse.headers().forEach((name, value) -> {
            if (!NOT_RETURNED.contains(name) && !listedInConnection.contains(name)) {
                headers.add(name, value);
            }
        });
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        BodyRelay.relay(upstreamResponse, caller);
        return GatewayPolicy.PASS;
    }

    /** Header names listed in a {@code Connection} header (hop-by-hop too), compared ignoring case. */
    private static Set<String> connectionTokens(String connection) {
        if (connection == null || connection.isBlank()) {
            return Set.of();
        }
        return ignoringCase(connection.replace(" ", "").split(","));
    }

    /** Header names compared as HTTP compares them, without lower-casing each name of each request. */
    private static Set<String> ignoringCase(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }

    private static boolean isWorthRetrying(Throwable failure) {
        return !(failure instanceof UpstreamCircuit.OpenException) && !(failure instanceof Upstream.BulkheadFullException);
    }

    private static ApiException asResultCode(Throwable failure, Upstream upstream) {
        if (failure instanceof ApiException api) {
            return api;
        }
        boolean timedOut = failure instanceof TimeoutException;
        String why = failure instanceof UpstreamCircuit.OpenException ? "circuit open"
                : failure instanceof Upstream.BulkheadFullException ? "too many calls in flight" : timedOut ? "timed out" : "unreachable";
        return new ApiException(ResultCode.SERVICETIME_OUT, upstream.name() + ": " + why, timedOut ? 504 : 502);
    }
}
