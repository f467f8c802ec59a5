package kr.openapi.gateway.service;

import io.netty.util.AsciiString;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.openapi.common.security.Callers;
import kr.openapi.common.security.PemKeys;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * The gateway's internal JWTs: the one credential every service trusts. A token says who the caller is (key routes:
 * {@code keyId}, {@code memberId}, {@code product}, {@code clientIp}; portal routes: {@code sub}, {@code upn},
 * {@code groups}). Tokens are cached per identity and reused for most of their lifetime: an RSA signature per
 * request would cost more than everything else the gateway does.
 */
@Singleton
public class InternalTokens {

    /** Claims of an internal token, and the cache key they make. */
    public record Identity(String subject, String upn, Set<String> groups, Map<String, String> claims) {

        /**
         * Callers of public routes. smallrye-jwt insists on a principal name, so "no subject" is written as the
         * subject {@code anonymous} without groups: it passes the services' gateway-only rule and no role check.
         */
        public static final Identity ANONYMOUS = new Identity(Callers.ANONYMOUS, null, Set.of(), Map.of());

        /** A key holder: in the groups {@code key} and {@code key:<product>}, which the product's endpoints allow. */
        public static Identity ofKey(KnownKey key, String clientIp) {
            return new Identity("key:" + key.keyId(), null, Set.of(Callers.KEY, Callers.keyOf(key.product())),
                    Map.of("keyId", key.keyId(), "memberId", key.memberId(), "product", key.product(), "clientIp", clientIp));
        }

        public static Identity gateway() {
            return new Identity(Callers.GATEWAY, Callers.GATEWAY, Set.of(Callers.GATEWAY), Map.of());
        }
    }

    /**
     * A signed token as its {@code Authorization} header value, and when to sign a new one. The value is an
     * {@link AsciiString}: its bytes are copied into each forwarded request as they are, and the edge does not
     * validate it again on every call (it is the gateway's own; see {@code GatewayHeaders}).
     */
    private record Minted(AsciiString authorization, Instant refreshAfter) {
    }

    /** The token last minted for a key, and for which of the key's versions (from the feed) and caller address. */
    private record KeyToken(KnownKey key, String clientIp, Minted minted) {
    }

    private final Map<Identity, Minted> cache = new ConcurrentHashMap<>();
    private final Map<String, KeyToken> byKey = new ConcurrentHashMap<>();
    private final GatewayConfig.InternalJwt config;
    private final PrivateKey signingKey;
    private final Duration reuseFor;

    public InternalTokens(GatewayConfig config) {
        this.config = config.internalJwt();
        this.signingKey = PemKeys.privateKey(this.config.signKeyLocation());
        this.reuseFor = this.config.lifetime().multipliedBy(4).dividedBy(5);
    }

    /** {@code Bearer <token>} for {@code identity}. */
    public AsciiString authorizationFor(Identity identity) {
        return minted(identity, Instant.now()).authorization();
    }

    /**
     * {@code Bearer <token>} for a key holder calling from {@code clientIp}. A key's calls mostly come from one
     * address, so the key's last token is kept by key id and reused while it is for this very version of the key
     * (the feed replaces the object when the key changes) and this address; otherwise it is looked up by identity.
     */
    public AsciiString authorizationForKey(KnownKey key, String clientIp, long nowMillis) {
        Instant now = Instant.ofEpochMilli(nowMillis);
        KeyToken last = byKey.get(key.keyId());
        if (last != null && last.key() == key && last.clientIp().equals(clientIp) && !now.isAfter(last.minted().refreshAfter())) {
            return last.minted().authorization();
        }
        Minted minted = minted(Identity.ofKey(key, clientIp), now);
        if (byKey.size() > 100_000) {
            byKey.clear();
        }
        byKey.put(key.keyId(), new KeyToken(key, clientIp, minted));
        return minted.authorization();
    }

    private Minted minted(Identity identity, Instant now) {
        Minted minted = cache.get(identity);
        if (minted == null || now.isAfter(minted.refreshAfter())) {
            if (cache.size() > 100_000) {
                cache.clear();
            }
            minted = new Minted(AsciiString.of("Bearer " + sign(identity, now)), now.plus(reuseFor));
            cache.put(identity, minted);
        }
        return minted;
    }

    private String sign(Identity identity, Instant now) {
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer()).issuedAt(now).expiresAt(now.plus(config.lifetime()));
        if (identity.subject() != null) {
            claims.subject(identity.subject());
        }
        if (identity.upn() != null) {
            claims.upn(identity.upn());
        }
        if (!identity.groups().isEmpty()) {
            claims.groups(identity.groups());
        }
        identity.claims().forEach(claims::claim);
        return claims.jws().sign(signingKey);
    }
}
