package kr.openapi.keys.mapping;

import java.util.Set;

/** {@code accessToken} goes into {@code Authorization: Bearer} on every member call. */
public record LoginResponse(String accessToken, String tokenType, long expiresIn, Set<String> roles) {
}
