package kr.openapi.driver.repository;

import java.time.OffsetDateTime;

/** The driver a consent link belongs to, and the company the consent is for. */
public record ConsentSubject(long driverId, String clientKey, String bizCode, String bizName, String driverName,
                             String personIndex, String agreeYn, OffsetDateTime agreeDate) {
}
