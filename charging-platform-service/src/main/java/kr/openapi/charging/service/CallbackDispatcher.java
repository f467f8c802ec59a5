package kr.openapi.charging.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.repository.OutboxRepository;
import kr.openapi.charging.repository.OutboxRepository.PendingCall;
import kr.openapi.common.net.IpRange;
import kr.openapi.common.privacy.PersonalDataCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the queued callbacks: a JSON POST signed as operators sign their calls (headers {@code Datetime},
 * {@code OperatorId}, {@code Signature} over {@code "datetime: ..\noperatorid: .."} with the operator's secret), to
 * the address its host resolved to a moment before and that the SSRF policy allowed (resolve once, connect there,
 * follow no redirect), with a timeout; failures retried with exponential back-off and jitter, up to a limit; a
 * circuit breaker per operator stops calling one that keeps failing for a while. Every attempt is recorded.
 */
@ApplicationScoped
public class CallbackDispatcher {

    static final int MAX_ATTEMPTS = 10;
    static final int BREAKER_THRESHOLD = 5;
    /** An operator's answer to a status query is a report or a short list of them, never more. */
    static final int MAX_ANSWER_BYTES = 256 * 1024;

    /**
     * Consecutive failures; once they reach the threshold, until when the operator is not called; after that one
     * trial call goes through (half-open) and its outcome closes or opens the breaker again.
     */
    private record Breaker(int failures, OffsetDateTime openUntil, Long trialCallId) {

        boolean open(OffsetDateTime now) {
            return openUntil != null && openUntil.isAfter(now);
        }
    }

    private final OutboxRepository outbox;
    private final PersonalDataCipher cipher;
    private final PlatformClock clock;
    private final HttpClient http;
    private final Duration backoffBase;
    private final Duration breakerOpen;
    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxInFlight;
    private final Duration lease;
    private final Duration timeout;
    /** One claim at a time; {@link #backlog}: the last claim filled every free slot, so more may be due already. */
    private final AtomicBoolean claiming = new AtomicBoolean();
    private volatile boolean backlog;
    private final CellStatusAnswers answers;

    public CallbackDispatcher(OutboxRepository outbox,
                              PersonalDataCipher cipher, PlatformClock clock, Vertx vertx,
                              @ConfigProperty(name = "platform.callback.timeout", defaultValue = "PT5S") Duration timeout,
                              @ConfigProperty(name = "platform.callback.backoff-base", defaultValue = "PT2S") Duration backoffBase,
                              @ConfigProperty(name = "platform.callback.breaker-open", defaultValue = "PT30S") Duration breakerOpen,
                              @ConfigProperty(name = "platform.callback.max-in-flight", defaultValue = "200") int maxInFlight,
                              @ConfigProperty(name = "platform.callback.lease", defaultValue = "PT2M") Duration lease,
                              CellStatusAnswers answers) {
        this.outbox = outbox;
        this.timeout = timeout;
        this.cipher = cipher;
        this.clock = clock;
        this.backoffBase = backoffBase;
        this.breakerOpen = breakerOpen;
        this.maxInFlight = maxInFlight;
        this.lease = lease;
        this.answers = answers;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis())
                .setIdleTimeout((int) timeout.toSeconds()).setKeepAlive(false));
    }

    /**
     * Claims as many due calls as there are free slots and starts them without waiting: a slow or silent operator
     * holds one slot until its timeout, never the round. Runs every interval, and again as soon as slots free up
     * while a backlog remains (so a queue of thousands drains at the speed of the calls, not of the interval).
     */
    @Scheduled(every = "${platform.callback.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        int room = maxInFlight - inFlight.get();
        if (room <= 0 || !claiming.compareAndSet(false, true)) {
            return;
        }
        outbox.claimDue(room, (int) lease.toSeconds()).subscribe().with(calls -> {
            backlog = calls.size() == room;
            claiming.set(false);
            calls.forEach(this::start);
        }, failure -> {
            claiming.set(false);
            Log.errorf(failure, "could not claim due callbacks");
        });
    }

    private void start(PendingCall call) {
        inFlight.incrementAndGet();
        send(call).onTermination().invoke(() -> {
            inFlight.decrementAndGet();
            endTrial(call);
            if (backlog && inFlight.get() <= maxInFlight / 2) {
                dispatch();
            }
        }).subscribe().with(done -> {
        }, failure -> Log.errorf(failure, "callback %d could not be handled", call.callId()));
    }

    private Uni<Void> send(PendingCall call) {
        OffsetDateTime now = OffsetDateTime.now();
        boolean[] passes = {true};
        Breaker breaker = breakers.compute(call.operatorId(), (operator, current) -> {
            if (current == null || current.openUntil() == null) {
                return current;
            }
            if (current.open(now) || current.trialCallId() != null) {
                passes[0] = false;
                return current;
            }
            return new Breaker(current.failures(), current.openUntil(), call.callId());
        });
        if (!passes[0]) {
            return outbox.postpone(call.callId(), breaker.open(now) ? breaker.openUntil() : now.plusSeconds(1));
        }
        if (call.url() == null) {
            return outbox.recordAndFinish(call, null, null, "NO_CALLBACK", 0, "NO_CALLBACK");
        }
        return resolveAllowed(URI.create(call.url()), call.allowlist().stream().map(IpRange::parse).toList()).flatMap(address -> {
            if (address == null) {
                return outbox.recordAndFinish(call, call.url(), null, "REFUSED_ADDRESS", 0, "REFUSED_ADDRESS");
            }
            return post(call, URI.create(call.url()), address);
        });
    }

    private Uni<Void> post(PendingCall call, URI url, InetAddress address) {
        long started = System.nanoTime();
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return Uni.createFrom().deferred(() -> {
            String datetime = PlatformTime.format(clock.now());
            String signature = call.secretEnc() == null ? ""
                    : SignatureScheme.sign(cipher.decrypt(call.secretEnc()), "datetime: " + datetime + "\noperatorid: " + call.operatorId());
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setServer(SocketAddress.inetSocketAddress(port,
                            address.getHostAddress())).setHost(url.getHost()).setPort(port).setSsl(https).setURI(path)
                    .setFollowRedirects(false).setIdleTimeout(timeout.toMillis())
                    .putHeader("Content-Type", "application/json;charset=UTF-8").putHeader("Datetime", datetime)
                    .putHeader("OperatorId", call.operatorId()).putHeader("Signature", signature);
            return http.request(options).flatMap(request -> request.send(Buffer.buffer(call.payload())))
                    .flatMap(response -> response.toMulti().collect().in(Buffer::buffer, CallbackDispatcher::appendBounded)
                            .map(answer -> new Answer(response.statusCode(), answer)));
        }).onItemOrFailure().transformToUni((answer, failure) -> {
            long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
            boolean delivered = failure == null && answer.status() >= 200 && answer.status() < 300;
            Uni<String> handled = delivered ? answers.handle(call, answer.body()) : Uni.createFrom().item(
                    failure != null ? "NETWORK_ERROR" : "HTTP_ERROR");
            return handled.flatMap(outcome -> {
                boolean ok = SUCCESS.equals(outcome);
                breakers.compute(call.operatorId(), (operator, old) -> ok ? null : failed(old));
                Integer status = failure == null ? answer.status() : null;
                if (ok) {
                    return outbox.recordAndFinish(call, url.toString(), status, outcome, took, outcome);
                }
                if (call.attempts() + 1 >= MAX_ATTEMPTS) {
                    return outbox.recordAndFinish(call, url.toString(), status, outcome, took, "GAVE_UP");
                }
                return outbox.recordAndRetry(call, url.toString(), status, outcome, took, OffsetDateTime.now().plus(backoff(call.attempts())));
            });
        });
    }

    static final String SUCCESS = "SUCCESS";

    /** The operator's HTTP status and body. */
    private record Answer(int status, Buffer body) {
    }

    private static void appendBounded(Buffer collected, Buffer chunk) {
        if (collected.length() + chunk.length() > MAX_ANSWER_BYTES) {
            throw new IllegalStateException("the answer is longer than " + MAX_ANSWER_BYTES + " bytes");
        }
        collected.appendBuffer(chunk);
    }

    /** A trial call that ended without an answer either way (no address any more, an error) lets the next one try. */
    private void endTrial(PendingCall call) {
        breakers.computeIfPresent(call.operatorId(), (operator, current) -> Long.valueOf(call.callId()).equals(current.trialCallId())
                ? new Breaker(current.failures(), current.openUntil(), null) : current);
    }

    private Breaker failed(Breaker old) {
        int failures = old == null ? 1 : old.failures() + 1;
        return new Breaker(failures, failures >= BREAKER_THRESHOLD ? OffsetDateTime.now().plus(breakerOpen) : null, null);
    }

    /** base × 2^attempts, at most a hundred bases, times a random factor in [0.5, 1.5) so retries do not align. */
    Duration backoff(int attempts) {
        long millis = backoffBase.toMillis() * Math.min(100, 1L << Math.min(attempts, 20));
        return Duration.ofMillis((long) (millis * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    /** The first address of the host, if every address it resolves to is allowed now (DNS may have changed since). */
    private static Uni<InetAddress> resolveAllowed(URI url, List<IpRange> allowed) {
        return Uni.createFrom().item(() -> {
            try {
                String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1) : url.getHost();
                InetAddress[] addresses = InetAddress.getAllByName(host);
                for (InetAddress address : addresses) {
                    if (CallbackAddressPolicy.refusal(address, allowed) != null) {
                        return null;
                    }
                }
                return addresses[0];
            } catch (java.net.UnknownHostException e) {
                return null;
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
