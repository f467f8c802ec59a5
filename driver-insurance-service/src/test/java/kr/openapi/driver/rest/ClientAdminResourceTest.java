package kr.openapi.driver.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientAdminResourceTest {

    @Test
    void onboardingIssuesAClientKeyThatReadsBack() {
        String clientKey = asAdmin().contentType(ContentType.JSON).body("{\"appBizCode\":\"1208800767\",\"name\":\"바른대리운전\"}")
                .when().post("/admin/driver/clients")
                .then().statusCode(201).extract().path("clientKey");
        assertThat(clientKey).hasSize(36);

        asAdmin().when().get("/admin/driver/clients/" + clientKey)
                .then().statusCode(200).body("appBizCode", equalTo("1208800767")).body("name", equalTo("바른대리운전"));
    }

    @Test
    void oneKeyPerBusinessAndTenDigitBusinessNumbers() {
        String body = "{\"appBizCode\":\"2148612345\",\"name\":\"안심대리\"}";
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/admin/driver/clients").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/admin/driver/clients")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("2148612345"));
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"appBizCode\":\"12-34\",\"name\":\"x\"}")
                .when().post("/admin/driver/clients")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("appBizCode"));
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"appBizCode\":\"1234567890\"}")
                .when().post("/admin/driver/clients")
                .then().statusCode(400).body("resultCode", equalTo("11")).body("resultDetail", containsString("name"));
    }

    @Test
    void unknownClientIsCode03() {
        asAdmin().accept(ContentType.JSON).when().get("/admin/driver/clients/2ffd133a-d17a-431d-a6a5")
                .then().statusCode(404).body("resultCode", equalTo("03"));
    }
}
