package kr.openapi.gateway.policy;

import io.vertx.core.Future;
import jakarta.inject.Singleton;
import kr.openapi.gateway.service.InternalTokens;

/** {@code internal-jwt}: the token that tells the upstream who the caller is (cached per identity). */
@Singleton
public class InternalJwtPolicy implements GatewayPolicy {

    private final InternalTokens tokens;

    public InternalJwtPolicy(InternalTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String id() {
        return "internal-jwt";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        exchange.authorization = exchange.key != null
                ? tokens.authorizationForKey(exchange.key, exchange.clientIpText(), exchange.arrivedMillis())
                : tokens.authorizationFor(exchange.identity);
        return PASS;
    }
}
