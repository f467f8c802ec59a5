package kr.openapi.consent.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a consent's append-only trail: GIVEN or WITHDRAWN, by the OWNER or STAFF. */
public record AuditEntry(UUID consentId, String action, String actor, String reason, OffsetDateTime at) {
}
