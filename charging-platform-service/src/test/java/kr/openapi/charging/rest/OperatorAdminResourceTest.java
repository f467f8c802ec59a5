package kr.openapi.charging.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorAdminResourceTest {

    @Test
    void anOnboardedOperatorReadsBack() {
        asAdmin().contentType(ContentType.JSON).body("{\"operatorId\":\"99\",\"operatorName\":\"에버온\",\"servicePhone\":\"1661-7766\"}")
                .when().post("/admin/charging/operators")
                .then().statusCode(201).body("operatorId", equalTo("99"));

        asAdmin().when().get("/admin/charging/operators/99")
                .then().statusCode(200).body("operatorName", equalTo("에버온")).body("servicePhone", equalTo("1661-7766"));
    }

    @Test
    void refusesDuplicatesAndBadIdsWithAReason() {
        String body = "{\"operatorId\":\"ME\",\"operatorName\":\"환경부\"}";
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/admin/charging/operators").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/admin/charging/operators")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("ME"));
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"operatorId\":\"a b\",\"operatorName\":\"x\"}")
                .when().post("/admin/charging/operators")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("operatorId"));
    }

    @Test
    void unknownOperatorIsCode03() {
        asAdmin().accept(ContentType.JSON).when().get("/admin/charging/operators/nobody")
                .then().statusCode(404).body("resultCode", equalTo("03"));
    }
}
