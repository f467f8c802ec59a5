package kr.openapi.consent.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A consent with the names of its institution and service. */
public record StoredConsent(UUID consentId, String insttCode, String insttName, String svcCode, String svcName, String carRegNo,
                            List<String> items, String status, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {

    public boolean given() {
        return "GIVEN".equals(status);
    }
}
