package kr.openapi.consent.mapping;

import java.time.OffsetDateTime;
import kr.openapi.consent.repository.Institution;

/** An institution as staff read it back; the secret itself is shown only once, when issued. */
public record InstitutionView(String insttCode, String insttNm, String siteURL, String memberId, String hashScheme,
                              boolean secretIssued, OffsetDateTime registeredAt) {

    public static InstitutionView of(Institution institution) {
        return new InstitutionView(institution.insttCode(), institution.name(), institution.siteUrl(), institution.memberId(),
                institution.hashScheme().name(), institution.secretEnc() != null, institution.createdAt());
    }
}
