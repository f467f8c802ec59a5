package kr.openapi.gateway.policy;

import io.netty.handler.codec.http.HttpUtil;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.ClientAddress;
import kr.openapi.gateway.service.RouteTable;

/**
 * {@code route}: finds the route (longest prefix of the {@link kr.openapi.gateway.service.CanonicalPath}) and the
 * caller's address; no route is code 12, a request line or a declared body longer than the services take code 04
 * (414, 413), before any check counts the call. A path that has no canonical form is refused with code 10 (HTTP 400)
 * before any route is chosen; the route its raw form looks like only lends its error dialect.
 */
@Singleton
public class RoutePolicy implements GatewayPolicy {

    private final RouteTable routes;
    private final ClientAddress clientAddress;
    private final int maxRequestLine;

    public RoutePolicy(RouteTable routes, ClientAddress clientAddress, GatewayConfig config) {
        this.routes = routes;
        this.clientAddress = clientAddress;
        this.maxRequestLine = config.maxRequestLine();
    }

    @Override
    public String id() {
        return "route";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        ApiException unrouted = locate(exchange);
        if (unrouted != null) {
            return Future.failedFuture(unrouted);
        }
        int line = exchange.method().name().length() + exchange.request().uri().length() + " HTTP/1.1".length() + 1;
        if (line > maxRequestLine) {
            return Future.failedFuture(new ApiException(ResultCode.HTTP_ERROR,
                    "요청 줄이 이 API가 받는 " + maxRequestLine + "자보다 깁니다: " + line, 414));
        }
        long length = HttpUtil.getContentLength(exchange.request(), -1L);
        if (length > exchange.route.maxBodyBytes()) {
            return Future.failedFuture(bodyTooLarge(exchange.route.maxBodyBytes(), length));
        }
        return PASS;
    }

    /** A body larger than its route takes: declared ({@code length}), or found so as it streamed (null). */
    static ApiException bodyTooLarge(long limit, Long length) {
        return new ApiException(ResultCode.HTTP_ERROR,
                "본문이 이 API가 받는 " + limit + "바이트보다 큽니다" + (length == null ? "" : ": " + length), 413);
    }

    /**
     * Sets the caller's address and the route (the unmatched one when there is none); answers why the request has
     * no route, or null. All a request the edge refuses needs: its route's dialect.
     */
    ApiException locate(GatewayExchange exchange) {
        exchange.clientIp = clientAddress.of(exchange.peer(), exchange.request().headers());
        if (exchange.path() == null) {
            exchange.route = routes.match(exchange.rawPath()).orElseGet(RouteTable::unmatched);
            return new ApiException(ResultCode.INVALID_REQUEST_PARAMETER_ERROR, exchange.canonicalPath().refusal(), 400);
        }
        exchange.route = routes.match(exchange.path()).orElse(null);
        if (exchange.route == null) {
            exchange.route = RouteTable.unmatched();
            return new ApiException(ResultCode.NO_OPENAPI_SERVICE_ERROR, null);
        }
        return null;
    }
}
