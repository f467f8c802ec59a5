package kr.openapi.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the tokens a service receives (the gateway's internal tokens; the gateway's own admin API: portal tokens)
 * against every public key of {@code mp.jwt.verify.publickey.location}, not only the first. That is what lets the
 * signing key be rotated without refusing a single call: the file first holds the new key and the old one, then
 * the signer switches, then the old key is removed (README, "Rotating the JWT keys"). Everything else (issuer,
 * expiry, algorithm, claims) is smallrye-jwt's own verification, run with one key at a time; a file with one key
 * behaves exactly as before. It is a CDI alternative to smallrye-jwt's own factory (Quarkus' documented hook): the
 * ServiceLoader way would load it from another class loader than smallrye-jwt's under Quarkus' tests.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RotatingKeysPrincipalFactory extends JWTCallerPrincipalFactory {

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    /** Keys by the file's text (Quarkus reads the file once, at start) or by its location: parsed once. */
    private final Map<String, List<PublicKey>> keys = new ConcurrentHashMap<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        List<PublicKey> candidates = candidates(settings);
        if (candidates.isEmpty()) {
            return verifier.parse(token, settings);
        }
        ParseException refusal = null;
        for (PublicKey key : candidates) {
            JWTAuthContextInfo withKey = new JWTAuthContextInfo(settings);
            withKey.setPublicKeyLocation(null);
            withKey.setPublicKeyContent(null);
            withKey.setPublicVerificationKey(key);
            try {
                return verifier.parse(token, withKey);
            } catch (ParseException e) {
                refusal = e;
            }
        }
        throw refusal;
    }

    /** The PEM public keys of the settings; none when they name a single key another way (a JWK set, a secret). */
    private List<PublicKey> candidates(JWTAuthContextInfo settings) {
        String content = settings.getPublicKeyContent();
        if (settings.getPublicVerificationKey() != null) {
            return List.of();
        }
        if (content != null && content.contains("-----BEGIN")) {
            return keys.computeIfAbsent(content, text -> PemKeys.publicKeysOfText(text, "mp.jwt.verify.publickey"));
        }
        String location = settings.getPublicKeyLocation();
        if (location != null && (location.startsWith("file:") || location.startsWith("/"))) {
            return keys.computeIfAbsent(location, PemKeys::publicKeys);
        }
        return List.of();
    }
}
