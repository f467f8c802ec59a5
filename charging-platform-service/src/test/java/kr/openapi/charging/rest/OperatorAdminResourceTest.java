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
        asAdmin().contentType(ContentType.JSON).body("{\"operatorId\":\"99\",\"operatorName\":\"에버온\",\"servicePhone\":\"1661-7766\",\"busiId\":\"9Y\"}")
                .when().post("/admin/charging/operators")
                .then().statusCode(201).body("operatorId", equalTo("99"));

        asAdmin().when().get("/admin/charging/operators/99")
                .then().statusCode(200).body("operatorName", equalTo("에버온")).body("servicePhone", equalTo("1661-7766"))
                .body("busiId", equalTo("9Y")).body("signatureMode", equalTo("SEED"));
    }

    @Test
    void refusesDuplicatesAndBadIdsWithAReason() {
        String body = "{\"operatorId\":\"ME\",\"operatorName\":\"환경부\",\"busiId\":\"9Z\"}";
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/admin/charging/operators").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/admin/charging/operators")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("ME"));
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"operatorId\":\"ME2\",\"operatorName\":\"x\",\"busiId\":\"9Z\"}")
                .when().post("/admin/charging/operators")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("busiId"));
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
