package kr.openapi.driver.repository;

/** A driver's consent request as staff list it: the link still encrypted. */
public record ConsentRequestRow(long driverId, String bizCode, String driverName, String agreeYn, String consentTokenEnc) {
}
