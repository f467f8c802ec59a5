package kr.openapi.common.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed blind index: finds an encrypted value by equality without storing it in clear. The index is
 * HMAC-SHA256 over a purpose and the value, under a key derived from the personal-data key, so that a copy of the
 * database alone cannot test guesses (a phone number or a birth date has too few possibilities for a plain hash).
 * The purpose keeps indexes of different fields apart: equal strings in two fields do not give equal indexes.
 */
public final class PersonalDataIndex {

    private final SecretKeySpec key;

    /** @param base64Key the service's personal-data key ({@code openapi.pii.key}); the index key is derived from it */
    public PersonalDataIndex(String base64Key) {
        byte[] master = Base64.getDecoder().decode(base64Key.strip());
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(master, "HmacSHA256"), "blind-index-v1"), "HmacSHA256");
    }

    /** 64 hex characters; the same purpose and value always give the same index. */
    public String of(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(key, purpose + '\u0000' + value));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
