package kr.openapi.gateway.policy;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.time.Clock;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.service.UsageReporter;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.QuotaStore;

/**
 * {@code quota}: counts the call against the key's daily quota. Over it: 22 with {@code Retry-After} (seconds to
 * 00:00 Asia/Seoul) and the {@code RateLimit-*} headers; a refused call is not counted. Served calls carry the
 * limit and what remains.
 */
@Singleton
public class QuotaPolicy implements GatewayPolicy {

    private final QuotaStore store;
    private final UsageReporter usage;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();

    public QuotaPolicy(QuotaStore store, UsageReporter usage, MeterRegistry metrics) {
        this.store = store;
        this.usage = usage;
        this.metrics = metrics;
    }

    @Override
    public String id() {
        return "quota";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        if (exchange.key() == null) {
            return PASS;
        }
        java.time.LocalDate today = QuotaDay.today(clock);
        return exchange.onLoop(store.acquire(exchange.key().keyId(), exchange.key().dailyQuota(), today)).compose(decision -> {
            exchange.quota = decision;
            long reset = QuotaDay.secondsUntilReset(clock);
            exchange.quotaResetSeconds = reset;
            if (decision.allowed()) {
                usage.served(exchange.key().keyId(), today);
                return PASS;
            }
            metrics.counter("gateway.quota.refusals", "product", exchange.key().product()).increment();
            return Future.failedFuture(new ApiException(ResultCode.LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR,
                    "일일 호출 한도 " + decision.limit() + "회를 모두 사용했습니다")
                    .withHeader("Retry-After", Long.toString(reset)));
        });
    }
}
