package kr.openapi.charging.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator API's signature: base64 of HMAC-SHA256, keyed with the UTF-8 bytes of the operator's secret, over
 * {@code "datetime: <Datetime>\noperatorid: <OperatorId>"} and, on every call but the token call,
 * {@code "\ntoken: <Token>"} (the seed's string, {@code \n} a line feed). The seed's string covers neither the
 * request nor its body, so captured headers could be replayed with another body within the time window: in
 * {@link Mode#STRICT} it goes on with {@code "\nmethod: <METHOD>\npath: <path and query>\ndigest: <base64 SHA-256 of
 * the body>"}.
 */
public final class SignatureScheme {

    /** SEED: the seed's string. STRICT: the seed's string, then method, path and body digest. */
    public enum Mode {
        SEED, STRICT
    }

    private SignatureScheme() {
    }

    public static String stringToSign(Mode mode, String datetime, String operatorId, String token, String method, String pathAndQuery,
                                      byte[] body) {
        StringBuilder text = new StringBuilder("datetime: ").append(datetime).append("\noperatorid: ").append(operatorId);
        if (token != null) {
            text.append("\ntoken: ").append(token);
        }
        if (mode == Mode.STRICT) {
            text.append("\nmethod: ").append(method).append("\npath: ").append(pathAndQuery).append("\ndigest: ").append(digest(body));
        }
        return text.toString();
    }

    public static String sign(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the time taken does not tell how much of a guess was right. */
    public static boolean matches(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                presented.strip().getBytes(StandardCharsets.US_ASCII));
    }

    static String digest(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
