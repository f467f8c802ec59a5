package kr.openapi.gateway.policy;

import io.vertx.core.Future;

/**
 * One step a request goes through at the gateway. A policy either passes the exchange on (a succeeded future) or
 * ends it with a failure that carries a result code ({@link kr.openapi.common.result.ApiException}); the
 * {@link PolicyChain} runs the steps in order and measures each in one place.
 */
public interface GatewayPolicy {

    /** Stable id, used in metrics and logs: {@code route}, {@code key-auth}, {@code ip-allowlist}, ... */
    String id();

    Future<Void> apply(GatewayExchange exchange);

    /** A passed step; shared, as most steps finish at once. */
    Future<Void> PASS = Future.succeededFuture();
}
