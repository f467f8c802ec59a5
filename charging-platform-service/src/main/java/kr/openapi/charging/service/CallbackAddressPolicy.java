package kr.openapi.charging.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.common.net.IpRange;

/**
 * Where the platform may send an operator's callbacks: http(s) URLs whose host resolves only to public addresses.
 * Loopback, unspecified, link-local (cloud metadata at 169.254.169.254 among them), private, CGNAT, unique-local,
 * multicast, documentation, benchmarking and reserved ranges are refused, IPv4-mapped IPv6 forms included, and so
 * is a name that does not resolve, unless a portal admin allowed that range for the operator. Checked when the URL
 * is set; the sender checks the address it connects to again (DNS may change between the two).
 */
@ApplicationScoped
public class CallbackAddressPolicy {

    static final List<IpRange> FORBIDDEN = Stream.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                    "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
                    "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8",
                    "64:ff9b::/96", "2001:db8::/32")
            .map(IpRange::parse).toList();

    /** Checks a URL an operator sets; resolves its host off the event loop. */
    public Uni<URI> check(String url, List<IpRange> allowed) {
        URI uri = parse(url);
        return Uni.createFrom().item(() -> resolve(uri.getHost())).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(addresses -> {
                    for (InetAddress address : addresses) {
                        String why = refusal(address, allowed);
                        if (why != null) {
                            throw PlatformFailure.badRequest("url: " + uri.getHost() + " resolves to " + address.getHostAddress() + ", " + why
                                    + "; callbacks go to public addresses only (a platform admin can allow a range)");
                        }
                    }
                    return uri;
                });
    }

    /** Why the platform must not connect to this address for this operator, or null. */
    public static String refusal(InetAddress address, List<IpRange> allowed) {
        if (allowed.stream().anyMatch(range -> range.contains(address))) {
            return null;
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || FORBIDDEN.stream().anyMatch(range -> range.contains(address))) {
            return "a loopback, private, link-local or reserved address";
        }
        return null;
    }

    static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw PlatformFailure.badRequest("url: required, at most 2,000 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw PlatformFailure.badRequest("url: not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw PlatformFailure.badRequest("url: only http and https callbacks are called");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw PlatformFailure.badRequest("url: a host is required, and no user or password in the URL");
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) {
        try {
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            return InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw PlatformFailure.badRequest("url: " + host + " does not resolve");
        }
    }
}
