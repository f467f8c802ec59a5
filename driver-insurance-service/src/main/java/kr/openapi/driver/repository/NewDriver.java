package kr.openapi.driver.repository;

/** A driver row as insDriver stores it: personal data already encrypted, blind indexes computed. */
public record NewDriver(String driverName, String registerNoEnc, String phoneEnc, String personIndex, String registerNoIndex,
                        String birthIndex, String phoneIndex, String consentTokenHash, String consentTokenEnc) {
}
