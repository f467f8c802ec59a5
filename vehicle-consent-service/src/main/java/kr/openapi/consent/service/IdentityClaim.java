package kr.openapi.consent.service;

/** What the owner typed at step 5 (seed ④): who they say they are, and the phone to verify it with. */
public record IdentityClaim(String carrier, String name, String nationality, String birthDate, String sex, String phone) {
}
