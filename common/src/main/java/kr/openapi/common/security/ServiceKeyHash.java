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

    private ServiceKeyHash() {
    }

    public static String of(String serviceKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(serviceKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
