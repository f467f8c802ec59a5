package kr.openapi.deploy.testing;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import kr.openapi.common.security.Callers;
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

    /** Signs with this key from now on (a test that starts packaged services signs with their gateway key). */
    public static void useSigningKey(Path pem) {
        System.setProperty(KEY_PROPERTY, pem.toString());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A valid token for {@code subject} in {@code groups} (for example "member", "admin", "gateway"). */
    public static String valid(String subject, String upn, String... groups) {
        return sign(SecretsTestResource.ISSUER, subject, upn, Instant.now().plus(Duration.ofMinutes(5)), groups);
    }

    /** The gateway's token for a caller holding a key of {@code product}, as the gateway mints it on key routes. */
    public static String keyHolder(String product) {
        return keyHolder(product, "900001");
    }

    /** The same, for a key of portal member {@code memberId} (services that tell their members' keys apart). */
    public static String keyHolder(String product, String memberId) {
        String keyId = "900001";
        return Jwt.issuer(SecretsTestResource.ISSUER).subject("key:" + keyId)
                .groups(Set.of(Callers.KEY, Callers.keyOf(product)))
                .claim("keyId", keyId).claim("memberId", memberId).claim("product", product).claim("clientIp", "127.0.0.1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofMinutes(5)))
                .sign(signingKey());
    }

    /** The gateway's token on a public route: no subject but {@code anonymous}, no groups. */
    public static String anonymous() {
        return Jwt.issuer(SecretsTestResource.ISSUER).subject(Callers.ANONYMOUS)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofMinutes(5)))
                .sign(signingKey());
    }

    /** A portal administrator, as the gateway passes them on. */
    public static String admin() {
        return valid("1", "admin", Callers.MEMBER, Callers.ADMIN);
    }

    /** A portal member who is not an administrator. */
    public static String member() {
        return valid("2", "member", Callers.MEMBER);
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
        return Jwt.issuer(issuer).subject(subject).upn(upn).groups(Set.of(groups))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt)
                .sign(signingKey());
    }

    private static PrivateKey signingKey() {
        String keyFile = System.getProperty(KEY_PROPERTY);
        if (keyFile == null) {
            throw new IllegalStateException("SecretsTestResource has not started: annotate the module's tests with it");
        }
        return PemKeys.privateKey(keyFile);
    }

}
