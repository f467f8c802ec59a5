package kr.openapi.gateway.policy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.security.Callers;
import kr.openapi.common.security.PemKeys;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.InternalTokens;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * {@code portal-auth}: on portal routes a portal login token, when sent, must be valid (401 otherwise), and its
 * member becomes the caller the services see; on admin routes ({@code /admin/<service>/}, {@code /api/v1/admin/})
 * the token is required and must carry the {@code admin} group (403 otherwise). Tokens are verified with
 * key-issuance-service's public key, or any of the keys of that file during a key rotation.
 */
@Singleton
public class PortalAuthPolicy implements GatewayPolicy {

    private static final Set<String> PORTAL_GROUPS = Set.of(Callers.MEMBER, Callers.ADMIN);

    /** One verifier per public key of the file (one, except while a key is being rotated). */
    private final List<JwtConsumer> verifiers;

    public PortalAuthPolicy(GatewayConfig config) {
        this.verifiers = PemKeys.publicKeys(config.portalToken().publicKeyLocation()).stream()
                .map(key -> new JwtConsumerBuilder()
                        .setVerificationKey(key)
                        .setExpectedIssuer(config.portalToken().issuer())
                        .setRequireExpirationTime()
                        .setRequireSubject()
                        .setAllowedClockSkewInSeconds(30)
                        .setSkipDefaultAudienceValidation()
                        .build())
                .toList();
    }

    @Override
    public String id() {
        return "portal-auth";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        GatewayConfig.Auth auth = exchange.route().auth();
        if (auth != GatewayConfig.Auth.PORTAL && auth != GatewayConfig.Auth.ADMIN) {
            return PASS;
        }
        String authorization = exchange.header(HttpHeaderNames.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer) {
            return auth == GatewayConfig.Auth.ADMIN ? unauthenticated() : PASS;
        }
        try {
            JwtClaims claims = verify(authorization.substring(7).strip());
            // Only the portal's own groups pass on: a portal token cannot make its bearer a key holder or the gateway.
            Set<String> groups = new HashSet<>(claims.getStringListClaimValue("groups"));
            groups.retainAll(PORTAL_GROUPS);
            if (auth == GatewayConfig.Auth.ADMIN && !groups.contains(Callers.ADMIN)) {
                return Future.failedFuture(new ApiException(ResultCode.SERVICE_ACCESS_DENIED_ERROR, "관리자만 사용할 수 있습니다"));
            }
            exchange.identity = new InternalTokens.Identity(claims.getSubject(), claims.getStringClaimValue("upn"),
                    Set.copyOf(groups), java.util.Map.of());
            return PASS;
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            return unauthenticated();
        }
    }

    private JwtClaims verify(String token) throws InvalidJwtException {
        InvalidJwtException refusal = null;
        for (JwtConsumer verifier : verifiers) {
            try {
                return verifier.processToClaims(token);
            } catch (InvalidJwtException e) {
                refusal = e;
            }
        }
        throw refusal;
    }

    private static Future<Void> unauthenticated() {
        return Future.failedFuture(new ApiException(ResultCode.UNSIGNED_CALL_ERROR, "로그인이 필요하거나 인증 정보가 유효하지 않습니다", 401)
                .withHeader("WWW-Authenticate", "Bearer"));
    }
}
