package kr.openapi.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a service key is stored and looked up: the hex SHA-256 of the key. Key-issuance stores only this (and the
 * encrypted key for its owner); the gateway hashes each presented key the same way. A 45-character random key has
 * about 268 bits of entropy, so a fast hash is enough: no dictionary can guess one.
 */
public final class ServiceKeyHash {

    /** One digest per thread: looking SHA-256 up among the security providers costs more than hashing a key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private ServiceKeyHash() {
    }

    public static String of(String serviceKey) {
        // digest() resets the digest, so the thread's next key starts clean.
        return HEX.formatHex(SHA_256.get().digest(serviceKey.getBytes(StandardCharsets.UTF_8)));
    }
}
