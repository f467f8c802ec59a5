package kr.openapi.driver.rest;

import static io.restassured.RestAssured.given;
import static kr.openapi.deploy.testing.ThroughTheGateway.asKeyHolder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Failures outside the protocol's own checks still answer in its JSON, never a stack trace; the table is published. */
@QuarkusTest
class ProtocolErrorsTest {

    @Test
    void wrongMethodUnknownCallAndOtherProductsKeysAnswerInTheProtocol() {
        asKeyHolder("driver-insurance").get("/driver/v1/getToken").then().statusCode(405)
                .contentType(containsString("json")).body("resBizCode", equalTo("G004")).body("resDate", matchesPattern("20[0-9]{12}"));
        asKeyHolder("driver-insurance").contentType("application/json").body("{}").post("/driver/v1/getTokens").then()
                .statusCode(404).body("resBizCode", equalTo("G012"));
        given().auth().oauth2(TestTokens.keyHolder("public-service-catalog")).contentType("application/json").body("{}")
                .post("/driver/v1/getToken").then().statusCode(403).body("resBizCode", equalTo("G020"));
        asKeyHolder("driver-insurance").contentType("text/plain").body("\u0000\u0001").post("/driver/v1/insDriver").then()
                .statusCode(200).body("resBizCode", equalTo("1000")).body(not(containsString("Exception")));
        asKeyHolder("driver-insurance").contentType("application/json").body("[]").post("/driver/v1/findInsurance").then()
                .statusCode(200).body("resBizCode", equalTo("1000"));
    }

    @Test
    void theOpenApiDocumentPublishesTheWholeCodeTable() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ResBizCode.enum", hasItems("0000", "1201", "1202", "1203", "1204", "1205", "2101", "G030", "G022"))
                .body("info.description", containsString("| 1301 |"))
                .body("paths.'/driver/v1/insDriver'.post.requestBody.content.'application/json'.schema.'$ref'", containsString("InsDriverRequest"));
    }
}
