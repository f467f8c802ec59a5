package kr.openapi.gateway.service;

import java.time.Duration;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * One configured route: where matching requests go, what is checked on the way, and how failures are answered.
 * {@code timeout} is null where the upstream's own applies.
 */
public record GatewayRoute(String name, String prefix, String upstream, GatewayConfig.Auth auth, String product,
                           GatewayConfig.Dialect dialect, Duration timeout, GatewayConfig.ErrorStatus errorStatus,
                           ResponseFormat defaultFormat, long maxBodyBytes) {

    /** The HTTP status an answer with this status goes out with: an error's is 200 where the route says {@code ok}. */
    public int answeredStatus(int status) {
        return errorStatus == GatewayConfig.ErrorStatus.OK && status >= 400 ? 200 : status;
    }

    /** The path starts with the prefix, or is the prefix without its trailing slash (compared without copying). */
    boolean matches(String path) {
        return path.startsWith(prefix)
                || prefix.endsWith("/") && path.length() == prefix.length() - 1 && prefix.startsWith(path);
    }
}
