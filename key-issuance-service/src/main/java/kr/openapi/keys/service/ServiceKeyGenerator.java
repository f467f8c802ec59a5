package kr.openapi.keys.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Service key values: 45 letters and digits from a CSPRNG, like the seed's {@code PnZoREIttM9Bv...}. */
@ApplicationScoped
public class ServiceKeyGenerator {

    public static final int LENGTH = 45;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] key = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            key[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(key);
    }
}
