package kr.openapi.gateway.client;

import java.time.LocalDate;
import java.util.List;

/** Call totals per key and day, reported to key-issuance-service ({@code POST /internal/v1/usage}). */
public record UsageReport(List<Entry> reports) {

    public record Entry(String keyId, LocalDate day, int calls) {
    }
}
