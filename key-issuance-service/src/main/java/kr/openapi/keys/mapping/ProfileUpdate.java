package kr.openapi.keys.mapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** My-page edit. The login id cannot change; a password, when given, replaces the current one. */
public record ProfileUpdate(
        @Pattern(regexp = MemberRules.PASSWORD, message = MemberRules.PASSWORD_MESSAGE) String password,
        @NotBlank @Pattern(regexp = MemberRules.NAME, message = MemberRules.NAME_MESSAGE) String name,
        String phone, String phone1, String phone2, String phone3,
        @NotBlank @Email(message = "이메일 형식이 아닙니다") @Size(max = 100) String email,
        @NotBlank @Size(max = 200) String address,
        @Size(max = 200) String addressDetail) {

    public String normalisedPhone() {
        return PhoneNumber.normalise(phone, phone1, phone2, phone3);
    }

    public boolean changesPassword() {
        return password != null && !password.isEmpty();
    }
}
