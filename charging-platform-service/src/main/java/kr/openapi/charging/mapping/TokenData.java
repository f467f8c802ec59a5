package kr.openapi.charging.mapping;

/** operatorAPIToken's {@code data}: the token and its lifetime in seconds. */
public record TokenData(String token, long expiresIn) {
}
