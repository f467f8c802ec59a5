package kr.openapi.gateway.policy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.mapping.ErrorDialects;
import kr.openapi.gateway.service.CanonicalPath;
import kr.openapi.gateway.service.GatewayRoute;
import kr.openapi.gateway.service.RouteTable;
import org.jboss.logging.Logger;

/**
 * What happens to a request at the gateway, in order:
 * <ol>
 *   <li>{@code route}: longest-prefix route, caller's address (no route: 12)</li>
 *   <li>{@code portal-auth}: portal login token on portal and admin routes</li>
 *   <li>{@code key-auth}: service key known, active, not expired, for this product (30, 21, 31, 20)</li>
 *   <li>{@code ip-allowlist}: caller inside the key's IPs/CIDRs (32)</li>
 *   <li>{@code quota}: daily quota, reset at 00:00 Asia/Seoul (22)</li>
 *   <li>{@code internal-jwt}: the token the upstream trusts</li>
 *   <li>{@code forward}: streamed to the upstream and back (05 when it fails)</li>
 * </ol>
 * Measured here, once per call: how long the gateway's own checks took ({@code gateway_policy_duration} with
 * {@code policy="checks"}: every step before {@code forward}, including a wait for a quota reservation), how long the
 * upstream took to answer ({@code policy="forward"}), and the whole call ({@code gateway_calls}); the access log line
 * is written here too. A step that finishes at once (all but a quota reservation's wait and the upstream) is
 * followed by the next in the same loop, without a callback. A failure is answered in the route's error dialect.
 */
@Singleton
public class PolicyChain {

    private static final Logger ACCESS = Logger.getLogger("gateway.access");

    private final List<GatewayPolicy> policies;
    /** Where {@code forward} is in {@link #policies}: the steps before it are the checks. */
    private final int forwardIndex;
    private final RoutePolicy route;
    private final ForwardPolicy forward;
    private final MeterRegistry metrics;
    private final Timer checksTimer;
    private final Timer forwardTimer;
    /** Call timers by product, then result code. */
    private final Map<String, Map<String, Timer>> callTimers = new ConcurrentHashMap<>();

    public PolicyChain(RoutePolicy route, PortalAuthPolicy portalAuth, KeyAuthPolicy keyAuth, IpAllowlistPolicy ipAllowlist,
                       QuotaPolicy quota, InternalJwtPolicy internalJwt, ForwardPolicy forward, MeterRegistry metrics) {
        this.policies = List.of(route, portalAuth, keyAuth, ipAllowlist, quota, internalJwt, forward);
        this.forwardIndex = policies.indexOf(forward);
        this.route = route;
        this.forward = forward;
        this.metrics = metrics;
        this.checksTimer = Timer.builder("gateway.policy.duration").tag("policy", "checks").register(metrics);
        this.forwardTimer = Timer.builder("gateway.policy.duration").tag("policy", forward.id()).register(metrics);
    }

    public List<String> ids() {
        return policies.stream().map(GatewayPolicy::id).toList();
    }

    /**
     * The gateway's own API ({@code /admin/gateway/*}): handed to Quarkus as sent, whose security checks the caller's
     * token; not a call of any product, so neither measured nor logged here.
     */
    public void handleOwn(GatewayExchange exchange) {
        exchange.own = true;
        exchange.route = RouteTable.unmatched();
        exchange.clientIp = exchange.peer();
        Future<Void> forwarded = forward.forwardToOwn(exchange);
        forwarded.onFailure(failure -> fail(exchange, failure));
    }

    /**
     * A request the edge refuses before any step (it cannot be parsed or framed safely): answered with {@code status}
     * and code 04 in the dialect of the route its path looks like, as the route's own failures are.
     */
    public void refuse(GatewayExchange exchange, int status, String reason) {
        route.locate(exchange);
        fail(exchange, new ApiException(ResultCode.HTTP_ERROR, reason, status));
    }

    /** Runs a request through the steps; {@link #record} follows when its answer is complete. */
    public void handle(GatewayExchange exchange) {
        run(0, exchange);
    }

    /** Runs the steps from {@code index} on, until one fails, one has to wait (it goes on when done) or all passed. */
    private void run(int index, GatewayExchange exchange) {
        for (int i = index; i < policies.size(); i++) {
            if (i == forwardIndex) {
                exchange.forwardNanos = System.nanoTime();
                checksTimer.record(exchange.forwardNanos - exchange.startNanos(), TimeUnit.NANOSECONDS);
            }
            Future<Void> step = apply(policies.get(i), exchange);
            if (!step.isComplete()) {
                int current = i;
                exchange.onLoop(step, result -> resume(current, exchange, result));
                return;
            }
            finished(i, exchange);
            if (step.failed()) {
                fail(exchange, step.cause());
                return;
            }
        }
    }

    private void resume(int index, GatewayExchange exchange, AsyncResult<Void> result) {
        finished(index, exchange);
        if (exchange.finished()) {
            return;
        }
        if (result.succeeded()) {
            run(index + 1, exchange);
        } else {
            fail(exchange, result.cause());
        }
    }

    /** Step {@code index} is done: if it was {@code forward}, the upstream has answered (or failed). */
    private void finished(int index, GatewayExchange exchange) {
        if (index == forwardIndex) {
            forwardTimer.record(System.nanoTime() - exchange.forwardNanos, TimeUnit.NANOSECONDS);
        }
    }

    private static Future<Void> apply(GatewayPolicy policy, GatewayExchange exchange) {
        try {
            return policy.apply(exchange);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    /** Answers a failure in the route's dialect; if even that fails, the connection is closed (never a stack trace to the caller). */
    private void fail(GatewayExchange exchange, Throwable cause) {
        try {
            answerFailure(exchange, cause);
        } catch (RuntimeException e) {
            Logger.getLogger(PolicyChain.class).error("Could not answer a gateway failure", e);
            exchange.abort();
        }
    }

    private void answerFailure(GatewayExchange exchange, Throwable cause) {
        if (exchange.forwardNanos == 0) {
            checksTimer.record(System.nanoTime() - exchange.startNanos(), TimeUnit.NANOSECONDS);
        }
        ApiException failure = cause instanceof ApiException api ? api
                : new ApiException(ResultCode.APPLICATION_ERROR, null, 500);
        if (!(cause instanceof ApiException)) {
            Logger.getLogger(PolicyChain.class).error("Unexpected gateway failure", cause);
        }
        exchange.resultCode = failure.resultCode().code();
        if (exchange.finished()) {
            return;
        }
        if (exchange.answerStarted()) {
            exchange.abort();
            return;
        }
        GatewayRoute route = exchange.route();
        ErrorDialects.RenderedError error = ErrorDialects.render(route.dialect(), failure.resultCode(),
                failure.detail(), failure.httpStatus(),
                ResponseFormat.choose(firstValues(exchange.query()), exchange.header(HttpHeaderNames.ACCEPT), route.defaultFormat()));
        // A path with no canonical form is not a protocol error but a malformed request: 400 on every route.
        int status = exchange.path() == null ? failure.httpStatus() : route.answeredStatus(failure.httpStatus());
        exchange.answer(status, error.contentType(), error.body(), failure.headers());
    }

    /** Query parameters as the services read them: case-sensitive names, the first value of each. */
    private static Function<String, String> firstValues(String rawQuery) {
        Map<String, List<String>> query = parameters(rawQuery);
        return name -> {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        };
    }

    /** A query that cannot be decoded ({@code %zz}) names no format: the route's default applies. */
    private static Map<String, List<String>> parameters(String rawQuery) {
        try {
            return rawQuery == null ? Map.of() : new QueryStringDecoder(rawQuery, false).parameters();
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    /** One access-log line and the call metrics, when the answer is complete (or the caller went away). */
    public void record(GatewayExchange exchange) {
        long nanos = System.nanoTime() - exchange.startNanos();
        String product = exchange.key() != null ? exchange.key().product()
                : exchange.route() != null && exchange.route().product() != null ? exchange.route().product() : "-";
        String routeName = exchange.route() == null ? "-" : exchange.route().name();
        callTimers.computeIfAbsent(product, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(exchange.resultCode, code -> Timer.builder("gateway.calls")
                        .tag("product", product).tag("code", code).publishPercentileHistogram().register(metrics))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (ACCESS.isInfoEnabled()) {
            ACCESS.infof("%s %s %s route=%s product=%s key=%s status=%d code=%s %.1fms", exchange.clientIp() == null ? "-"
                            : exchange.clientIp().getHostAddress(), exchange.method(),
                    exchange.path() != null ? exchange.path() : CanonicalPath.printable(exchange.rawPath()), routeName, product,
                    exchange.key() == null ? "-" : exchange.key().keyId(), exchange.status(), exchange.resultCode, nanos / 1e6);
        }
    }
}
