package kr.openapi.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key rotation as services see it: during the overlap, tokens of the new and of the old key are both accepted. */
class RotatingKeysPrincipalFactoryTest {

    private static final String ISSUER = "https://gateway.openapi.local";

    @TempDir
    Path dir;

    private final RotatingKeysPrincipalFactory factory = new RotatingKeysPrincipalFactory();
    private KeyPair oldKey;
    private KeyPair newKey;

    @BeforeEach
    void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        oldKey = generator.generateKeyPair();
        newKey = generator.generateKeyPair();
    }

    @Test
    void duringTheOverlapTokensOfBothKeysAreAcceptedAndOthersRefused() throws Exception {
        JWTAuthContextInfo settings = settings(pem(newKey) + pem(oldKey));

        assertThat(factory.parse(token(oldKey, ISSUER), settings).getGroups()).containsExactly("gateway");
        assertThat(factory.parse(token(newKey, ISSUER), settings).getName()).isEqualTo("gateway");
        KeyPair stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThatThrownBy(() -> factory.parse(token(stranger, ISSUER), settings)).isInstanceOf(ParseException.class);
    }

    @Test
    void readsTheKeysFromTheFileTextAsQuarkusPassesIt() throws Exception {
        JWTAuthContextInfo settings = new JWTAuthContextInfo();
        settings.setIssuedBy(ISSUER);
        settings.setPublicKeyContent(pem(newKey) + pem(oldKey));

        assertThat(factory.parse(token(oldKey, ISSUER), settings).getName()).isEqualTo("gateway");
        assertThat(factory.parse(token(newKey, ISSUER), settings).getName()).isEqualTo("gateway");
    }

    @Test
    void afterTheOldKeyIsRemovedItsTokensAreRefused() throws Exception {
        JWTAuthContextInfo settings = settings(pem(newKey));

        assertThat(factory.parse(token(newKey, ISSUER), settings).getName()).isEqualTo("gateway");
        assertThatThrownBy(() -> factory.parse(token(oldKey, ISSUER), settings)).isInstanceOf(ParseException.class);
    }

    @Test
    void everyOtherRuleStillAppliesWithEachKey() {
        JWTAuthContextInfo settings = settings(pem(newKey) + pem(oldKey));

        assertThatThrownBy(() -> factory.parse(token(oldKey, "https://elsewhere.example"), settings)).isInstanceOf(ParseException.class);
        String expired = Jwt.issuer(ISSUER).subject("gateway").groups(Set.of("gateway"))
                .issuedAt(1_000_000L).expiresAt(1_000_600L).sign(oldKey.getPrivate());
        assertThatThrownBy(() -> factory.parse(expired, settings)).isInstanceOf(ParseException.class);
    }

    private JWTAuthContextInfo settings(String pems) {
        try {
            Path file = Files.writeString(Files.createTempFile(dir, "verify", ".pem"), pems);
            JWTAuthContextInfo settings = new JWTAuthContextInfo(file.toUri().toString(), ISSUER);
            return settings;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String token(KeyPair key, String issuer) {
        return Jwt.issuer(issuer).subject("gateway").upn("gateway").groups(Set.of("gateway")).expiresIn(300).sign(key.getPrivate());
    }

    private static String pem(KeyPair key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
