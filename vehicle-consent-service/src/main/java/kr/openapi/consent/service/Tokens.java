package kr.openapi.consent.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import kr.openapi.common.security.ServiceKeyHash;

/** Random tokens (session cookies, CSRF, withdrawal links, secrets) and how they are kept: as their SHA-256. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** 32 uppercase hex characters, the shape of the seed's service codes. */
    public static String serviceCode() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        return HexFormat.of().withUpperCase().formatHex(raw);
    }

    /** How a token is kept: hex SHA-256, as service keys are (a random token of this size needs no slow hash). */
    public static String hash(String token) {
        return ServiceKeyHash.of(token);
    }

    /** Compares in constant time, so that a token cannot be guessed from response times. */
    public static boolean same(String expected, String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** A token shape check before any lookup: base64url of the expected length. */
    public static boolean wellFormed(String token, int bytes) {
        return token != null && token.length() == (bytes * 4 + 2) / 3 && token.matches("[A-Za-z0-9_-]+");
    }
}
