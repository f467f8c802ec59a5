package kr.openapi.gateway.policy;

import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.List;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.security.ServiceKeyHash;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.KeyDirectory;
import kr.openapi.gateway.service.KnownKey;
import kr.openapi.gateway.service.ServiceKeyReader;
import kr.openapi.gateway.service.quota.QuotaDay;

/**
 * {@code key-auth}: on service-key routes, the key must be known (30; a missing key is 30 too, as at data.go.kr),
 * not suspended (21), not expired (31: valid through the end of its expiry day in Seoul), and issued for this
 * route's product (20).
 */
@Singleton
public class KeyAuthPolicy implements GatewayPolicy {

    private final KeyDirectory keys;

    public KeyAuthPolicy(KeyDirectory keys) {
        this.keys = keys;
    }

    @Override
    public String id() {
        return "key-auth";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        if (exchange.route().auth() != GatewayConfig.Auth.SERVICE_KEY) {
            return PASS;
        }
        List<String> candidates = ServiceKeyReader.candidates(exchange.query(), exchange.request().headers());
        if (candidates.isEmpty()) {
            return fail(ResultCode.SERVICE_KEY_IS_NOT_REGISTERED_ERROR, "serviceKey가 없습니다");
        }
        KnownKey key = null;
        for (String candidate : candidates) {
            key = keys.byHash(ServiceKeyHash.of(candidate));
            if (key != null) {
                break;
            }
        }
        if (key == null || key.status() == KnownKey.Status.REVOKED) {
            return fail(ResultCode.SERVICE_KEY_IS_NOT_REGISTERED_ERROR, null);
        }
        exchange.key = key;
        if (key.status() == KnownKey.Status.SUSPENDED) {
            return fail(ResultCode.TEMPORARILY_DISABLE_THE_SERVICEKEY_ERROR, null);
        }
        if (key.isExpiredOn(QuotaDay.today(exchange.arrivedMillis()))) {
            return fail(ResultCode.DEADLINE_HAS_EXPIRED_ERROR, "만료일: " + key.expiresOn());
        }
        if (!key.product().equals(exchange.route().product())) {
            return fail(ResultCode.SERVICE_ACCESS_DENIED_ERROR, "이 서비스키로 사용할 수 없는 API입니다");
        }
        return PASS;
    }

    private static Future<Void> fail(ResultCode code, String detail) {
        return Future.failedFuture(new ApiException(code, detail));
    }
}
