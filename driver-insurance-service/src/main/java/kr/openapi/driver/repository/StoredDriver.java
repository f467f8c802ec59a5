package kr.openapi.driver.repository;

import java.time.OffsetDateTime;

/** A registered driver as getDriver lists it (personal data still encrypted). */
public record StoredDriver(long driverId, String driverName, String registerNoEnc, String phoneEnc, String agreeYn,
                           OffsetDateTime agreeDate, OffsetDateTime registeredAt) {
}
