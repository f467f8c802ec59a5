package kr.openapi.keys.mapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sign-up form. {@code phone} may be given whole or as {@code phone1}/{@code phone2}/{@code phone3}. */
public record SignUpRequest(
        @NotBlank @Pattern(regexp = MemberRules.LOGIN_ID, message = MemberRules.LOGIN_ID_MESSAGE) String loginId,
        @NotBlank @Pattern(regexp = MemberRules.PASSWORD, message = MemberRules.PASSWORD_MESSAGE) String password,
        @NotBlank @Pattern(regexp = MemberRules.NAME, message = MemberRules.NAME_MESSAGE) String name,
        String phone, String phone1, String phone2, String phone3,
        @NotBlank @Email(message = "이메일 형식이 아닙니다") @Size(max = 100) String email,
        @NotBlank @Size(max = 200) String address,
        @Size(max = 200) String addressDetail) {

    public String normalisedPhone() {
        return PhoneNumber.normalise(phone, phone1, phone2, phone3);
    }
}
