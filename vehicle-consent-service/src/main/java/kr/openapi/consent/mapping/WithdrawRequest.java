package kr.openapi.consent.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why TS staff withdraw a consent (the owner asked by phone, a court order...): kept in the audit trail. */
public record WithdrawRequest(
        @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "제어 문자는 쓸 수 없습니다") String reason) {
}
