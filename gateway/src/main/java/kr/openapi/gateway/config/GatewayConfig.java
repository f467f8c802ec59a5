package kr.openapi.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.openapi.common.rest.ResponseFormat;

/** Everything the gateway does is set here; the defaults in application.properties are the suite's route table. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by name; a request takes the route with the longest matching prefix. */
    Map<String, Route> routes();

    /** Upstream services by name, each with its own timeout, circuit breaker and bulkhead. */
    Map<String, Upstream> upstreams();

    KeyFeed keyFeed();

    Quota quota();

    InternalJwt internalJwt();

    PortalToken portalToken();

    /**
     * The largest request body a route takes unless it says otherwise: the services' own limit (Quarkus' default),
     * so that a body too large is refused here, in the route's dialect and before any check counts the call, rather
     * than cut off by the service mid-upload.
     */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /**
     * The longest request line a route takes: the services' own limit (Quarkus' default), so that a longer one is
     * refused here in the route's dialect (414) before any check counts the call. The edge itself reads lines up
     * to {@code quarkus.http.limits.max-initial-line-length}, longer, so that it can still tell the route.
     */
    @WithDefault("4096")
    int maxRequestLine();

    /** Proxies (the Kubernetes ingress) whose {@code X-Forwarded-For} is believed; everyone else's is ignored. */
    Optional<List<String>> trustedProxies();

    /** How often call counts are reported to key-issuance-service. */
    @WithDefault("PT10S")
    Duration usageReportInterval();

    interface Route {
        /** Path prefixes, e.g. {@code /openapi/}; a prefix ending in "/" also matches the path without it. */
        List<String> prefixes();

        /** Name of an entry of {@code gateway.upstreams}. */
        String upstream();

        /** What the gateway checks before forwarding. */
        @WithDefault("none")
        Auth auth();

        /** API product a service key must be issued for (service-key routes). */
        Optional<String> product();

        /** How failures raised by the gateway are written on this route. */
        @WithDefault("result")
        Dialect dialect();

        /** Longest wait for the response head on this route where its upstream's is too short (a bulk upload). */
        Optional<Duration> timeout();

        /**
         * HTTP status of protocol errors on this route, the gateway's and the upstream's: {@code http} (the status
         * that matches the result code: 400, 401, 403, 429, 502 ...) or {@code ok} (always 200, the result code in
         * the body only, as legacy gateways answer and clients that read a body only on 200 expect).
         */
        @WithDefault("http")
        ErrorStatus errorStatus();

        /** Format of the gateway's failures when the caller names none: {@code xml} (data.go.kr's) or {@code json}. */
        @WithDefault("xml")
        ResponseFormat defaultFormat();

        /** The largest body this route takes, where its upstream takes more than {@code gateway.max-body-size}. */
        Optional<MemorySize> maxBodySize();
    }

    enum ErrorStatus {
        /** The status that matches the result code. */
        HTTP,
        /** 200, with the result code in the body. */
        OK
    }

    enum Auth {
        /** Nothing checked (sign-up, consent pages, the full-list Excel). */
        NONE,
        /** A service key, its IP allowlist and its daily quota. */
        SERVICE_KEY,
        /** A portal token if one is sent (the service decides what needs a member). */
        PORTAL,
        /** A portal token with the admin role. */
        ADMIN
    }

    enum Dialect {
        /** The public data portal's {@code result} envelope, XML unless JSON is asked for. */
        RESULT,
        /** Driver insurance: {@code resBizCode}, {@code resBizMessage}. */
        DRIVER,
        /** Charging platform: {@code status}, {@code message}, {@code data}. */
        PLATFORM,
        /** data.go.kr's own gateway form: {@code OpenAPI_ServiceResponse/cmmMsgHeader}. */
        PORTAL_GATEWAY
    }

    interface Upstream {
        /** Base URL, e.g. {@code http://public-service-catalog:8083}, or {@code unix:<path>} for a Unix domain socket. */
        String url();

        /** Longest wait for the response head; the body then streams without a limit. */
        @WithDefault("PT10S")
        Duration timeout();

        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Connections kept to this upstream. */
        @WithDefault("64")
        int maxConnections();

        /** Calls in flight at once; more are refused at once with code 05 so one slow upstream cannot take all. */
        @WithDefault("256")
        int maxConcurrentCalls();

        /** Failures (connection refused, timeout) within {@code circuitFailureWindow} that open the circuit. */
        @WithDefault("5")
        int circuitMaxFailures();

        @WithDefault("PT10S")
        Duration circuitFailureWindow();

        /** How long an open circuit refuses calls before trying again. */
        @WithDefault("PT5S")
        Duration circuitDelay();
    }

    interface KeyFeed {
        /** key-issuance-service base URL (also configured as the REST client's URL). */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** After this long without a successful read, health says the key data is degraded. */
        @WithDefault("PT30S")
        Duration staleAfter();
    }

    interface Quota {
        /** {@code local}: in memory, reserved ahead in PostgreSQL (one replica); {@code redis}: shared by replicas. */
        @WithDefault("local")
        Store store();

        /** With Redis unreachable: refuse with 05 ({@code closed}) or count locally with an even share ({@code open}). */
        @WithDefault("closed")
        RedisFailure redisFailure();

        /** Replicas sharing a quota; the fail-open share is quota / replicas. */
        @WithDefault("2")
        int replicas();

        /** Longest wait for Redis before the failure policy applies. */
        @WithDefault("PT0.2S")
        Duration redisTimeout();
    }

    enum Store { LOCAL, REDIS }

    enum RedisFailure { CLOSED, OPEN }

    interface InternalJwt {
        /** Issuer the services expect. */
        @WithDefault("https://gateway.openapi.local")
        String issuer();

        /** PEM private key the gateway signs internal tokens with. */
        String signKeyLocation();

        /** Lifetime of an internal token; minted tokens are reused for most of it. */
        @WithDefault("PT5M")
        Duration lifetime();
    }

    interface PortalToken {
        /** Issuer of portal login tokens (key-issuance-service). */
        String issuer();

        /** PEM public key portal tokens are verified with. */
        String publicKeyLocation();
    }
}
