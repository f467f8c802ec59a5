package kr.openapi.driver.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The protocol's dates: {@code yyyyMMddHHmmss} and {@code yyyyMMdd}, in Korea's time, checked strictly. */
public final class ProtocolTime {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private ProtocolTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(SEOUL));
    }

    /**
     * A date and time as the seed writes it: 14 digits in its samples, 12 ({@code YYYYMMDDHH24MI}) in its table.
     *
     * @throws ProtocolFailure {@link BizCode#INVALID_DATE} for anything else, {@code 20200931...} included
     */
    public static Instant parseDateTime(String field, String value) {
        try {
            if (value.length() == 14) {
                return LocalDateTime.parse(value, DATE_TIME).atZone(SEOUL).toInstant();
            }
            if (value.length() == 12) {
                return LocalDateTime.parse(value, MINUTES).atZone(SEOUL).toInstant();
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new ProtocolFailure(BizCode.INVALID_DATE, field + " " + value + " (yyyyMMddHHmmss)");
    }

    /** @throws ProtocolFailure {@link BizCode#INVALID_DATE} for a value that is not a calendar date */
    public static LocalDate parseDate(String field, String value) {
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new ProtocolFailure(BizCode.INVALID_DATE, field + " " + value + " (yyyyMMdd)");
    }
}
