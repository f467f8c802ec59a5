package kr.openapi.gateway.service;

import io.netty.handler.codec.http.HttpHeaders;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import kr.openapi.common.net.IpRange;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * The caller's IP: the connection's address, unless that address is a trusted proxy (the Kubernetes ingress,
 * {@code gateway.trusted-proxies}), in which case the nearest untrusted address of {@code X-Forwarded-For}.
 * A forged header from anyone else is ignored.
 */
@Singleton
public class ClientAddress {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<IpRange> trustedProxies;

    public ClientAddress(GatewayConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(List.of()).stream().map(IpRange::parse).toList();
    }

    /** The caller of a request that came from {@code peer} (the connection's address) with {@code headers}. */
    public InetAddress of(InetAddress peer, HttpHeaders headers) {
        if (peer == null || trustedProxies.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        String forwarded = headers.get("X-Forwarded-For");
        if (forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        InetAddress client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = parse(hops[i].strip());
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        for (IpRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Literal addresses only: a header value is never looked up in DNS. */
    private static InetAddress parse(String literal) {
        if (literal == null || literal.isEmpty() || !LITERAL.matcher(literal).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
