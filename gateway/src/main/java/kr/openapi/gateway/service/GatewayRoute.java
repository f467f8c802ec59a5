package kr.openapi.gateway.service;

import kr.openapi.gateway.config.GatewayConfig;

/** One configured route: where matching requests go and what is checked on the way. */
public record GatewayRoute(String name, String prefix, String upstream, GatewayConfig.Auth auth, String product,
                           GatewayConfig.Dialect dialect) {

    boolean matches(String path) {
        return path.startsWith(prefix) || prefix.endsWith("/") && path.equals(prefix.substring(0, prefix.length() - 1));
    }
}
