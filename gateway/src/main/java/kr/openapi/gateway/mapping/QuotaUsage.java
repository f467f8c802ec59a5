package kr.openapi.gateway.mapping;

import java.time.LocalDate;

/** Calls counted for a key on a day, as the gateway's admin API shows it. */
public record QuotaUsage(String keyId, LocalDate day, int calls) {
}
