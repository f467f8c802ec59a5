package kr.openapi.consent.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What TS staff enter to register an institution: its code, name and site (return URLs must lie on it), the portal
 * member whose {@code vehicle-info} keys may read data, and the entry's hash scheme ({@code SHA256} as the
 * institutions' existing integrations compute it, or {@code HMAC}, which also binds the owner and plate).
 */
public record NewInstitution(
        @NotBlank @Pattern(regexp = NewInstitution.CODE, message = "영문, 숫자 1~20자") String insttCode,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "제어 문자는 쓸 수 없습니다") String insttNm,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s\\\\@]+", message = "http(s) 주소여야 합니다") String siteURL,
        @Pattern(regexp = "[0-9A-Za-z_-]{1,40}", message = "포털 회원 번호여야 합니다") String memberId,
        @Pattern(regexp = "SHA256|HMAC", message = "SHA256 또는 HMAC") String hashScheme) {

    /** An institution code as TS issues it; anything else names no institution. */
    public static final String CODE = "[A-Za-z0-9]{1,20}";

    public static boolean isCode(String insttCode) {
        return insttCode != null && insttCode.matches(CODE);
    }

    public HashScheme scheme() {
        return hashScheme == null ? HashScheme.SHA256 : HashScheme.valueOf(hashScheme);
    }
}
