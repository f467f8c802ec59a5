package kr.openapi.consent.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import kr.openapi.consent.OwnerSession;
import kr.openapi.consent.TestInstitution;
import kr.openapi.consent.mapping.HashScheme;
import org.junit.jupiter.api.Test;

/** Owner names, birth dates and phones are encrypted at rest; the audit trail cannot be rewritten. */
@QuarkusTest
class PersonalDataAtRestTest {

    @Inject
    Pool pool;

    private String table(String name) {
        StringBuilder text = new StringBuilder();
        pool.query("SELECT row_to_json(t)::text AS row FROM " + name + " t").execute().await().atMost(Duration.ofSeconds(10))
                .forEach(row -> text.append(row.getString("row")).append('\n'));
        return text.toString();
    }

    @Test
    void noClearNameBirthDateOrPhoneAnywhereInTheDatabase() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("남궁민수", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry("남궁민수", plate));
        owner.post("owner").then().statusCode(200);
        owner.post("carrier", "carrier", "KT");
        owner.post("identity", "name", "남궁민수", "nationality", "L", "birthDate", "19890427", "sex", "M", "phone", "01077778888",
                "agreeAll", "Y").then().statusCode(200);
        owner.post("code", "code", "191919").then().statusCode(200);
        owner.post("consent", "svcCode", institution.ownershipService, "decision", "agree").then().statusCode(200);

        for (String name : List.of("vehicle", "consent_flow", "consent", "consent_audit", "entry_hash", "institution")) {
            assertThat(table(name)).as(name).doesNotContain("남궁민수").doesNotContain("01077778888").doesNotContain("19890427")
                    .doesNotContain(institution.secret);
        }
        assertThat(table("vehicle")).contains(plate);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        assertThatThrownBy(() -> pool.query("UPDATE consent_audit SET actor = 'STAFF'").execute().await().atMost(Duration.ofSeconds(10)))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.query("DELETE FROM consent_audit").execute().await().atMost(Duration.ofSeconds(10)))
                .hasMessageContaining("append-only");
    }
}
