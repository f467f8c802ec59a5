package kr.openapi.gateway.service.quota;

import java.time.LocalDate;

/** One key's calls on one Korean calendar day: what every store counts by. */
record QuotaSlot(String keyId, LocalDate day) {
}
