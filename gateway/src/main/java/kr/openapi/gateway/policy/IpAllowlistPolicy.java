package kr.openapi.gateway.policy;

import io.vertx.core.Future;
import jakarta.inject.Singleton;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;

/** {@code ip-allowlist}: the caller's address must lie in one of the key's access IPs or CIDRs (32). */
@Singleton
public class IpAllowlistPolicy implements GatewayPolicy {

    @Override
    public String id() {
        return "ip-allowlist";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        if (exchange.key() == null || exchange.key().allows(exchange.clientIp())) {
            return PASS;
        }
        return Future.failedFuture(new ApiException(ResultCode.UNREGISTERED_IP_ERROR,
                "요청 IP: " + exchange.clientIp().getHostAddress()));
    }
}
