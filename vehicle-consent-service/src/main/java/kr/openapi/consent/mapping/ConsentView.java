package kr.openapi.consent.mapping;

import java.time.OffsetDateTime;
import java.util.List;

/** A consent as staff see it: the plate masked, with its whole audit trail. */
public record ConsentView(String consentId, String insttCode, String svcCode, String carRegNo, String status, List<String> items,
                          OffsetDateTime givenAt, OffsetDateTime withdrawnAt, List<Audit> audit) {

    public record Audit(String action, String by, String reason, OffsetDateTime at) {
    }

    public record Page(List<ConsentView> items) {
    }
}
