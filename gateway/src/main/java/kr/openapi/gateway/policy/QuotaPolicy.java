package kr.openapi.gateway.policy;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.service.UsageReporter;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.QuotaDecision;
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
        LocalDate today = QuotaDay.today(exchange.arrivedMillis());
        Future<QuotaDecision> acquired = store.acquire(exchange.key().keyId(), exchange.key().dailyQuota(), today);
        if (acquired.succeeded()) {
            // The local store (and a reservation already held) answers at once: no composed future per call.
            return decided(exchange, acquired.result(), today);
        }
        return exchange.onLoop(acquired).compose(decision -> decided(exchange, decision, today));
    }

    private Future<Void> decided(GatewayExchange exchange, QuotaDecision decision, LocalDate today) {
        exchange.quota = decision;
        long reset = QuotaDay.secondsUntilReset(exchange.arrivedMillis());
        exchange.quotaResetSeconds = reset;
        if (decision.allowed()) {
            usage.served(exchange.key().keyId(), today);
            return PASS;
        }
        metrics.counter("gateway.quota.refusals", "product", exchange.key().product()).increment();
        return Future.failedFuture(new ApiException(ResultCode.LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR,
                "일일 호출 한도 " + decision.limit() + "회를 모두 사용했습니다")
                .withHeader("Retry-After", Long.toString(reset)));
    }
}
