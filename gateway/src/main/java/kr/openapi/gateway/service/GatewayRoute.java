package kr.openapi.gateway.service;

import java.time.Duration;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * One configured route: where matching requests go and what is checked on the way. {@code timeout} is null where
 * the upstream's own applies.
 */
public record GatewayRoute(String name, String prefix, String upstream, GatewayConfig.Auth auth, String product,
                           GatewayConfig.Dialect dialect, Duration timeout) {

    boolean matches(String path) {
        return path.startsWith(prefix) || prefix.endsWith("/") && path.equals(prefix.substring(0, prefix.length() - 1));
    }
}
