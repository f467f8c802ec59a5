package kr.openapi.deploy.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generates the secrets a local run or a test run needs, so that no key is ever committed: RSA key pairs for JWTs
 * (PEM files) and 32-byte keys for personal-data encryption. A deployment takes its own from Kubernetes Secrets.
 */
public final class KeyMaterial {

    private KeyMaterial() {
    }

    /** Writes {@code <name>.key.pem} (PKCS#8 private key) and {@code <name>.pub.pem} into {@code dir} unless present. */
    public static PemKeyPair rsaKeyPair(Path dir, String name) {
        Path privateKey = dir.resolve(name + ".key.pem");
        Path publicKey = dir.resolve(name + ".pub.pem");
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                privateKey.toFile().setReadable(false, false);
                privateKey.toFile().setReadable(true, true);
            }
            return new PemKeyPair(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** A base64 key of 32 random bytes, stored in {@code dir/<name>.b64} so it survives restarts. */
    public static String aesKey(Path dir, String name) {
        Path file = dir.resolve(name + ".b64");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                Files.writeString(file, randomAesKey());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String randomAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Locations of a generated key pair. */
    public record PemKeyPair(Path privateKey, Path publicKey) {
    }
}
