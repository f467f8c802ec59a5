package kr.openapi.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaAdminResourceTest {

    private static final String ADMIN = TestTokens.valid("1", "admin", "member", "admin");

    @Test
    void onlyPortalAdminsMayReadOrCorrectCounts() {
        given().when().get("/admin/gateway/quotas/k1").then().statusCode(401);
        given().auth().oauth2(TestTokens.valid("2", "kim", "member")).when().get("/admin/gateway/quotas/k1").then().statusCode(403);
    }


    @Test
    void aKeyWithoutCallsHasZeroForTodayInKorea() {
        given().auth().oauth2(ADMIN).when().get("/admin/gateway/quotas/key-without-calls")
                .then().statusCode(200)
                .body("calls", equalTo(0))
                .body("day", equalTo(LocalDate.now(ZoneId.of("Asia/Seoul")).toString()));
    }

    @Test
    void aCorrectedCountIsStoredPerDay() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"calls\":42}")
                .when().put("/admin/gateway/quotas/k1?day=2026-01-15")
                .then().statusCode(200).body("calls", equalTo(42));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"calls\":7}")
                .when().put("/admin/gateway/quotas/k1?day=2026-01-15")
                .then().statusCode(200).body("calls", equalTo(7));

        given().auth().oauth2(ADMIN).when().get("/admin/gateway/quotas/k1?day=2026-01-15").then().statusCode(200).body("calls", equalTo(7));
        given().auth().oauth2(ADMIN).when().get("/admin/gateway/quotas/k1?day=2026-01-16").then().statusCode(200).body("calls", equalTo(0));
    }

    @Test
    void badDayOrNegativeCountIsCode10() {
        given().auth().oauth2(ADMIN).accept(ContentType.JSON).when().get("/admin/gateway/quotas/k1?day=2026-13-01")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("day"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"calls\":-1}")
                .when().put("/admin/gateway/quotas/k1")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("calls"));
    }
}
