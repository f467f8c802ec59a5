package kr.openapi.gateway.policy;

import io.vertx.core.Future;
import jakarta.inject.Singleton;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.service.ClientAddress;
import kr.openapi.gateway.service.RouteTable;

/**
 * {@code route}: finds the route (longest prefix of the {@link kr.openapi.gateway.service.CanonicalPath}) and the
 * caller's address; no route is code 12. A path that has no canonical form is refused with code 10 (HTTP 400)
 * before any route is chosen; the route its raw form looks like only lends its error dialect.
 */
@Singleton
public class RoutePolicy implements GatewayPolicy {

    private final RouteTable routes;
    private final ClientAddress clientAddress;

    public RoutePolicy(RouteTable routes, ClientAddress clientAddress) {
        this.routes = routes;
        this.clientAddress = clientAddress;
    }

    @Override
    public String id() {
        return "route";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        exchange.clientIp = clientAddress.of(exchange.peer(), exchange.request().headers());
        if (exchange.path() == null) {
            exchange.route = routes.match(exchange.rawPath()).orElseGet(RouteTable::unmatched);
            return Future.failedFuture(new ApiException(ResultCode.INVALID_REQUEST_PARAMETER_ERROR,
                    exchange.canonicalPath().refusal(), 400));
        }
        exchange.route = routes.match(exchange.path()).orElse(null);
        if (exchange.route == null) {
            exchange.route = RouteTable.unmatched();
            return Future.failedFuture(new ApiException(ResultCode.NO_OPENAPI_SERVICE_ERROR, null));
        }
        return PASS;
    }
}
