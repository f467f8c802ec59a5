package kr.openapi.keys.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(@NotBlank @Size(max = 20) String loginId, @NotBlank @Size(max = 100) String password) {
}
