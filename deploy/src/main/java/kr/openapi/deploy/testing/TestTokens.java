package kr.openapi.deploy.testing;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import kr.openapi.common.security.PemKeys;

/**
 * Mints JWTs in tests, signed with the test key of {@link SecretsTestResource}: valid ones shaped like the suite's
 * (subject, upn, groups), and the broken ones security tests need (wrong issuer, expired, tampered, foreign key).
 * Works in {@code @QuarkusTest} and in {@code @QuarkusIntegrationTest}, where the application runs in another JVM.
 */
public final class TestTokens {

    /**
     * Where {@link SecretsTestResource} left the signing key. A system property, not a field: Quarkus loads test
     * classes and test resources with different class loaders, and a JVM has one set of system properties.
     */
    static final String KEY_PROPERTY = "openapi.test.jwt.sign-key";

    private TestTokens() {
    }

    static void useSigningKey(Path pem) {
        System.setProperty(KEY_PROPERTY, pem.toString());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A valid token for {@code subject} in {@code groups} (for example "member", "admin", "gateway"). */
    public static String valid(String subject, String upn, String... groups) {
        return sign(SecretsTestResource.ISSUER, subject, upn, Instant.now().plus(Duration.ofMinutes(5)), groups);
    }

    public static String wrongIssuer(String subject, String... groups) {
        return sign("https://attacker.example", subject, subject, Instant.now().plus(Duration.ofMinutes(5)), groups);
    }

    public static String expired(String subject, String... groups) {
        return sign(SecretsTestResource.ISSUER, subject, subject, Instant.now().minus(Duration.ofMinutes(10)), groups);
    }

    /** A valid token whose payload was changed afterwards (here: groups widened to admin), so its signature fails. */
    public static String tampered(String subject) {
        String[] parts = valid(subject, subject, "member").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"member\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    }

    private static String sign(String issuer, String subject, String upn, Instant expiresAt, String... groups) {
        String keyFile = System.getProperty(KEY_PROPERTY);
        if (keyFile == null) {
            throw new IllegalStateException("SecretsTestResource has not started: annotate the module's tests with it");
        }
        PrivateKey signingKey = PemKeys.privateKey(keyFile);
        return Jwt.issuer(issuer).subject(subject).upn(upn).groups(Set.of(groups))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt)
                .sign(signingKey);
    }

}
