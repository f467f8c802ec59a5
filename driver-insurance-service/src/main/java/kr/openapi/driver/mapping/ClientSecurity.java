package kr.openapi.driver.mapping;

/** A newly issued clientSecurity: shown this once. */
public record ClientSecurity(String clientSecurity) {
}
