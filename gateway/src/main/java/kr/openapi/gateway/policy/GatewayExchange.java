package kr.openapi.gateway.policy;

import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import kr.openapi.gateway.service.CanonicalPath;
import kr.openapi.gateway.service.GatewayRoute;
import kr.openapi.gateway.service.InternalTokens;
import kr.openapi.gateway.service.KnownKey;
import kr.openapi.gateway.service.quota.QuotaDecision;

/** What the policies learn about one request as it goes through the chain. */
public final class GatewayExchange {

    private final RoutingContext context;
    private final CanonicalPath path;
    private final long startNanos = System.nanoTime();
    /** When the request was handed to {@code forward} (0 before): the checks took until then. */
    long forwardNanos;
    GatewayRoute route;
    InetAddress clientIp;
    KnownKey key;
    QuotaDecision quota;
    InternalTokens.Identity identity = InternalTokens.Identity.ANONYMOUS;
    /** The {@code Authorization} header the upstream receives: the internal token. */
    String authorization;
    private String clientIpText;
    /** The result code the call ended with ("00" when the upstream answered). */
    String resultCode = "00";

    GatewayExchange(RoutingContext context, CanonicalPath path) {
        this.context = context;
        this.path = path;
    }

    public RoutingContext context() {
        return context;
    }

    /** The path routed on and forwarded (never the raw one); null when it was refused. */
    public String path() {
        return path.path();
    }

    CanonicalPath canonicalPath() {
        return path;
    }

    public GatewayRoute route() {
        return route;
    }

    public InetAddress clientIp() {
        return clientIp;
    }

    public KnownKey key() {
        return key;
    }

    public QuotaDecision quota() {
        return quota;
    }

    public String authorization() {
        return authorization;
    }

    /** The caller's address as text, formatted once. */
    public String clientIpText() {
        if (clientIpText == null && clientIp != null) {
            clientIpText = clientIp.getHostAddress();
        }
        return clientIpText;
    }

    long startNanos() {
        return startNanos;
    }
}
