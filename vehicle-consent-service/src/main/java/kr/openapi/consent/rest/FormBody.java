package kr.openapi.consent.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body in the charset it was written in. The seed's
 * institutions post from {@code accept-charset="euc-kr"} forms, and browsers then send EUC-KR bytes without saying
 * so: a body whose bytes are not valid UTF-8 is read as Korean Windows code page 949 (EUC-KR and its extension).
 * A charset the request names is used as named.
 */
public final class FormBody {

    /** MS949 decodes every EUC-KR text and the extended syllables browsers also send for "euc-kr". */
    static final Charset KOREAN = charset("x-windows-949").orElse(Charset.forName("EUC-KR"));

    private FormBody() {
    }

    /** The fields of the body; the first value of a repeated name wins. */
    public static Map<String, String> decode(byte[] body, String contentType) {
        List<byte[][]> pairs = new ArrayList<>();
        boolean utf8 = true;
        for (String pair : new String(body == null ? new byte[0] : body, StandardCharsets.ISO_8859_1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            byte[] name = percentDecode(equals < 0 ? pair : pair.substring(0, equals));
            byte[] value = percentDecode(equals < 0 ? "" : pair.substring(equals + 1));
            pairs.add(new byte[][] {name, value});
            utf8 = utf8 && validUtf8(name) && validUtf8(value);
        }
        Charset charset = declared(contentType).orElse(utf8 ? StandardCharsets.UTF_8 : KOREAN);
        Map<String, String> fields = new LinkedHashMap<>();
        for (byte[][] pair : pairs) {
            fields.putIfAbsent(new String(pair[0], charset), new String(pair[1], charset));
        }
        return fields;
    }

    private static byte[] percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Optional<Charset> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] nameAndValue = parameter.strip().split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("charset")) {
                String name = nameAndValue[1].strip().replace("\"", "");
                return name.equalsIgnoreCase("euc-kr") ? Optional.of(KOREAN) : charset(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
