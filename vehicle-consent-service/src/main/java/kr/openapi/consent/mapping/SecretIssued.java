package kr.openapi.consent.mapping;

/** An institution's new secret for {@code hashValue}; shown once, the previous one stops working. */
public record SecretIssued(String secret) {
}
