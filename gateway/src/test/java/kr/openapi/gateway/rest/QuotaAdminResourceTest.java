package kr.openapi.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaAdminResourceTest {

    @Test
    void aKeyWithoutCallsHasZeroForTodayInKorea() {
        given().when().get("/admin/gateway/quotas/key-without-calls")
                .then().statusCode(200)
                .body("calls", equalTo(0))
                .body("day", equalTo(LocalDate.now(ZoneId.of("Asia/Seoul")).toString()));
    }

    @Test
    void aCorrectedCountIsStoredPerDay() {
        given().contentType(ContentType.JSON).body("{\"calls\":42}")
                .when().put("/admin/gateway/quotas/k1?day=2026-01-15")
                .then().statusCode(200).body("calls", equalTo(42));
        given().contentType(ContentType.JSON).body("{\"calls\":7}")
                .when().put("/admin/gateway/quotas/k1?day=2026-01-15")
                .then().statusCode(200).body("calls", equalTo(7));

        given().when().get("/admin/gateway/quotas/k1?day=2026-01-15").then().statusCode(200).body("calls", equalTo(7));
        given().when().get("/admin/gateway/quotas/k1?day=2026-01-16").then().statusCode(200).body("calls", equalTo(0));
    }

    @Test
    void badDayOrNegativeCountIsCode10() {
        given().accept(ContentType.JSON).when().get("/admin/gateway/quotas/k1?day=2026-13-01")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("day"));
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"calls\":-1}")
                .when().put("/admin/gateway/quotas/k1")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("calls"));
    }
}
