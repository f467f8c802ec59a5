package kr.openapi.deploy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.openapi.deploy.secrets.KeyMaterial;

/**
 * Fresh secrets for one test run: the JWT key pair the service verifies tokens with (and signs them with, where it
 * signs), and its personal-data key. Tests mint tokens with {@link TestTokens}, which signs with the same key.
 */
public class SecretsTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://test.openapi.local";

    @Override
    public Map<String, String> start() {
        try {
            // One key pair per test JVM: Quarkus may start a resource more than once, and tokens minted with one
            // pair must verify with the other's configuration.
            String existing = System.getProperty(TestTokens.KEY_PROPERTY);
            Path dir = existing != null ? Path.of(existing).getParent() : Files.createTempDirectory("openapi-test-keys");
            KeyMaterial.PemKeyPair pair = KeyMaterial.rsaKeyPair(dir, "test-jwt");
            TestTokens.useSigningKey(pair.privateKey());
            String verifyWith = rotationInProgress(dir, pair).toUri().toString();
            return Map.of(
                    "openapi.test.jwt.public-key-location", verifyWith,
                    "openapi.test.jwt.private-key-location", pair.privateKey().toUri().toString(),
                    "mp.jwt.verify.publickey.location", verifyWith,
                    "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.sign.key.location", pair.privateKey().toUri().toString(),
                    "smallrye.jwt.new-token.issuer", ISSUER,
                    "openapi.pii.key", KeyMaterial.aesKey(dir, "test-pii"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The verification file as it is in the middle of a key rotation (README, "Rotating the JWT keys"): another key
     * first, the signing key second. So every test also proves that services accept any key of the file, not only
     * the first one (what smallrye-jwt alone would do).
     */
    private static Path rotationInProgress(Path dir, KeyMaterial.PemKeyPair pair) throws IOException {
        KeyMaterial.PemKeyPair other = KeyMaterial.rsaKeyPair(dir, "other-jwt");
        return Files.writeString(dir.resolve("test-jwt-verify.pem"),
                Files.readString(other.publicKey()) + "\n" + Files.readString(pair.publicKey()));
    }

    @Override
    public void stop() {
        // temporary files; the JVM's temp directory is cleaned by the system
    }
}
