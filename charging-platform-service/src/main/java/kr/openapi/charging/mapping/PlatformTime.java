package kr.openapi.charging.mapping;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The seed's time format, {@code yyyy-MM-dd HH:mm:ss}, in the platform's zone (see {@code PlatformClock}). */
public final class PlatformTime {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private PlatformTime() {
    }

    /** @throws PlatformFailure 400 naming the field for anything that is not such a time */
    public static LocalDateTime parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw PlatformFailure.badRequest(field + " is required (yyyy-MM-dd HH:mm:ss)");
        }
        try {
            return LocalDateTime.parse(value.strip(), FORMAT);
        } catch (DateTimeException e) {
            throw PlatformFailure.badRequest(field + " is not a time in yyyy-MM-dd HH:mm:ss: " + value);
        }
    }

    public static String format(LocalDateTime time) {
        return time == null ? null : FORMAT.format(time);
    }
}
