package kr.openapi.driver.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import kr.openapi.common.security.ServiceKeyHash;

/** Random secrets of the protocol (clientSecurity, tokens, consent links), and how they are stored and compared. */
public final class Secrets {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code length} characters of [A-Za-z0-9]: 36 of them carry about 214 bits. */
    public static String random(int length) {
        StringBuilder secret = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    /** Stored form: hex SHA-256, enough for a random secret of this size (no dictionary reaches it). */
    public static String hash(String secret) {
        return ServiceKeyHash.of(secret);
    }

    /** Compares a presented secret with a stored hash in constant time. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
