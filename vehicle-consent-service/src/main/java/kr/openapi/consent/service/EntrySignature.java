package kr.openapi.consent.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.openapi.consent.mapping.EntryForm;
import kr.openapi.consent.mapping.HashScheme;

/** The entry's {@code hashValue} under an institution's scheme and secret (see {@link HashScheme}). */
public final class EntrySignature {

    private EntrySignature() {
    }

    /** The hash the institution should have sent, as lowercase hex. */
    public static String expected(HashScheme scheme, String insttCode, String secret, EntryForm form) {
        try {
            if (scheme == HashScheme.SHA256) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest((insttCode + form.timeStamp() + secret).getBytes(StandardCharsets.UTF_8)));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String bound = String.join("|", insttCode, form.timeStamp(), blank(form.svcCodeArr()), blank(form.svcType()),
                    blank(form.carOwner()), blank(form.carRegNo()));
            return HexFormat.of().formatHex(mac.doFinal(bound.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every JDK", e);
        }
    }

    /** Whether the posted hash is right; hex is accepted in either case, compared in constant time. */
    public static boolean matches(HashScheme scheme, String insttCode, String secret, EntryForm form) {
        String posted = form.hashValue() == null ? "" : form.hashValue().strip().toLowerCase(Locale.ROOT);
        return MessageDigest.isEqual(expected(scheme, insttCode, secret, form).getBytes(StandardCharsets.US_ASCII),
                posted.getBytes(StandardCharsets.US_ASCII));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
