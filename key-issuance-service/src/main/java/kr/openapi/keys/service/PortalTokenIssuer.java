package kr.openapi.keys.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.config.PortalConfig;
import kr.openapi.keys.repository.Member;

/**
 * Portal login tokens, shaped like the gateway's internal ones ({@code sub} = member id, {@code upn} = login id,
 * {@code groups}), so that moving from "this service verifies its own tokens" to "every service verifies the
 * gateway's" is configuration only.
 */
@ApplicationScoped
public class PortalTokenIssuer {

    private final PortalConfig config;

    public PortalTokenIssuer(PortalConfig config) {
        this.config = config;
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
                .sign();
        return new IssuedToken(token, lifetime, groups);
    }
}
