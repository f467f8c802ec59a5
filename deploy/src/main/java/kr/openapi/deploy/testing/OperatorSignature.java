package kr.openapi.deploy.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The charging platform's operator signature, as an operator's program computes it (written here from the README,
 * not from the service's code, so a test of the service checks it against an independent implementation):
 * base64(HMAC-SHA256(secret, "datetime: ..\noperatorid: ..[\ntoken: ..]")), STRICT mode adding method, path and a
 * digest of the body.
 */
public final class OperatorSignature {

    private OperatorSignature() {
    }

    /** The seed's signature; {@code token} null for the token request itself. */
    public static String seed(String secret, String datetime, String operatorId, String token) {
        return hmac(secret, text(datetime, operatorId, token));
    }

    public static String strict(String secret, String datetime, String operatorId, String token, String method, String pathAndQuery,
                                byte[] body) {
        try {
            return hmac(secret, text(datetime, operatorId, token) + "\nmethod: " + method + "\npath: " + pathAndQuery + "\ndigest: "
                    + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String datetime, String operatorId, String token) {
        return "datetime: " + datetime + "\noperatorid: " + operatorId + (token == null ? "" : "\ntoken: " + token);
    }

    /** base64(HMAC-SHA256(secret as UTF-8, text as UTF-8)). */
    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
