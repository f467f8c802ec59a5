package kr.openapi.consent.mapping;

import java.time.OffsetDateTime;
import kr.openapi.consent.repository.Institution;

public record InstitutionView(String insttCode, String insttNm, String siteURL, OffsetDateTime registeredAt) {

    public static InstitutionView of(Institution institution) {
        return new InstitutionView(institution.insttCode, institution.name, institution.siteUrl, institution.createdAt);
    }
}
