package kr.openapi.keys.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.util.Set;
import kr.openapi.common.security.Callers;
import kr.openapi.common.security.PemKeys;
import kr.openapi.keys.config.PortalConfig;
import kr.openapi.keys.repository.Member;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Portal login tokens, shaped like the gateway's internal ones ({@code sub} = member id, {@code upn} = login id,
 * {@code groups}), so that moving from "this service verifies its own tokens" to "every service verifies the
 * gateway's" is configuration only. The key is read once, in PKCS#8 or PKCS#1 (what the Helm chart generates).
 */
@ApplicationScoped
public class PortalTokenIssuer {

    private final PortalConfig config;
    private final PrivateKey signingKey;

    public PortalTokenIssuer(PortalConfig config,
                             @ConfigProperty(name = "smallrye.jwt.sign.key.location") String signKeyLocation) {
        this.config = config;
        this.signingKey = PemKeys.privateKey(signKeyLocation);
    }

    public record IssuedToken(String token, long expiresInSeconds, Set<String> groups) {
    }

    public IssuedToken issue(Member member) {
        Set<String> groups = member.role == Member.Role.admin ? Set.of(Callers.MEMBER, Callers.ADMIN) : Set.of(Callers.MEMBER);
        long lifetime = config.token().lifetime().toSeconds();
        String token = Jwt.issuer(config.token().issuer())
                .subject(String.valueOf(member.id))
                .upn(member.loginId)
                .groups(groups)
                .expiresIn(lifetime)
                .sign(signingKey);
        return new IssuedToken(token, lifetime, groups);
    }
}
