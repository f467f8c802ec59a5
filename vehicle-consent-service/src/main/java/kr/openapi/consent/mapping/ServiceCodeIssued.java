package kr.openapi.consent.mapping;

/** The code of a new service: 32 uppercase hex characters, as the seed's {@code svcCodeArr} entries. */
public record ServiceCodeIssued(String svcCode) {
}
