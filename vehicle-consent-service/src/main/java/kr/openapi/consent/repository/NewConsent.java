package kr.openapi.consent.repository;

import java.util.List;

/** What agreeing at step 7 records for one ticked service. */
public record NewConsent(String insttCode, String svcCode, String carRegNo, String ownerIdentity, String ownerNameIndex,
                         List<String> items, String withdrawTokenHash) {
}
