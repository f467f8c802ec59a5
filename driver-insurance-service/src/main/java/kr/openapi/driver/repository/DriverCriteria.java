package kr.openapi.driver.repository;

import java.time.OffsetDateTime;

/** getDriver's filters; {@code null} means "any". Personal values arrive as blind indexes. */
public record DriverCriteria(String clientKey, String bizCode, String agreeYn, OffsetDateTime registeredFrom,
                             OffsetDateTime registeredBefore, String driverName, String birthIndex, String registerNoIndex,
                             String phoneIndex) {
}
