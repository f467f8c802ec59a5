package kr.openapi.consent.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import kr.openapi.consent.repository.Institution;

/** What TS staff enter to register an institution. */
public record NewInstitution(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "영문, 숫자 1~20자") String insttCode,
        @NotBlank @Size(max = 200) String insttNm,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "http(s) 주소여야 합니다") String siteURL) {

    public Institution toEntity(OffsetDateTime now) {
        Institution institution = new Institution();
        institution.insttCode = insttCode;
        institution.name = insttNm.strip();
        institution.siteUrl = siteURL;
        institution.createdAt = now;
        return institution;
    }
}
