package kr.openapi.consent.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstitutionAdminResourceTest {

    @Test
    void aRegisteredInstitutionCanBeReadBack() {
        asAdmin().contentType(ContentType.JSON)
                .body("{\"insttCode\":\"INS0001\",\"insttNm\":\"한빛캐피탈\",\"siteURL\":\"https://car.hanbit.example\"}")
                .when().post("/admin/consent/institutions")
                .then().statusCode(201).body("insttCode", equalTo("INS0001"));

        asAdmin().when().get("/admin/consent/institutions/INS0001")
                .then().statusCode(200)
                .body("insttNm", equalTo("한빛캐피탈"))
                .body("siteURL", equalTo("https://car.hanbit.example"))
                .body("registeredAt", notNullValue());
    }

    @Test
    void refusesADuplicateAndBadFieldsWithAClearReason() {
        String body = "{\"insttCode\":\"INS0002\",\"insttNm\":\"가나다렌터카\",\"siteURL\":\"https://rent.example\"}";
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/admin/consent/institutions").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/admin/consent/institutions")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("INS0002"));

        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"insttCode\":\"INS-3\",\"insttNm\":\"x\",\"siteURL\":\"javascript:alert(1)\"}")
                .when().post("/admin/consent/institutions")
                .then().statusCode(400).body("resultCode", equalTo("10"))
                .body("resultDetail", containsString("insttCode")).body("resultDetail", containsString("siteURL"));
    }

    @Test
    void unknownInstitutionIsCode03() {
        asAdmin().accept(ContentType.JSON).when().get("/admin/consent/institutions/NOPE")
                .then().statusCode(404).body("resultCode", equalTo("03"));
    }
}
