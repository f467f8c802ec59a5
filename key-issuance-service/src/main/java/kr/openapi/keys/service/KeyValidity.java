package kr.openapi.keys.service;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Validity rules of service keys, in Korean calendar days: a key issued on 2021-01-15 is valid through 2023-01-14
 * (issue + 2 years - 1 day, as in the seed), and may be re-issued from 30 days before its expiry.
 */
public final class KeyValidity {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    public static final int REISSUE_WINDOW_DAYS = 30;

    private KeyValidity() {
    }

    public static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    public static LocalDate expiryFor(LocalDate issuedOn) {
        return issuedOn.plusYears(2).minusDays(1);
    }

    public static LocalDate reissuableFrom(LocalDate expiresOn) {
        return expiresOn.minusDays(REISSUE_WINDOW_DAYS);
    }

    public static boolean isReissuable(LocalDate expiresOn, LocalDate today) {
        return !today.isBefore(reissuableFrom(expiresOn));
    }
}
