package kr.openapi.keys.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.openapi.keys.PortalFlows;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiProductResourceTest {

    private static final String NEW_PRODUCT = """
            {"code":"air-quality","name":"대기오염 정보","description":"측정소별 실시간 대기오염 정보",
             "dataFormat":"JSON","dailyQuota":1000,"department":"환경부 대기환경정책과","departmentPhone":"044-201-6000"}""";

    @Test
    void listsTheProductsOfTheSuiteWithTheirInformationBlock() {
        given().when().get("/api/v1/products")
                .then().statusCode(200)
                .body("code", hasItems("public-service-catalog", "ev-charger", "driver-insurance", "vehicle-info"))
                .body("find { it.code == 'ev-charger' }.trafficLimit", equalTo("500건 / 일"))
                .body("find { it.code == 'ev-charger' }.apiType", equalTo("REST"))
                .body("find { it.code == 'ev-charger' }.registeredOn", equalTo("2020-12-01"))
                .body("find { it.code == 'public-service-catalog' }.dailyQuota", equalTo(1000));
    }

    @Test
    void aRegisteredProductCanBeReadBack() {
        given().contentType(ContentType.JSON).body(NEW_PRODUCT)
                .when().post("/api/v1/admin/products")
                .then().statusCode(401);
        PortalFlows.as(PortalFlows.admin()).body(NEW_PRODUCT)
                .when().post("/api/v1/admin/products")
                .then().statusCode(201).header("Location", containsString("/api/v1/products/air-quality"));

        given().when().get("/api/v1/products/air-quality")
                .then().statusCode(200).body("name", equalTo("대기오염 정보")).body("dailyQuota", equalTo(1000))
                .body("licence", equalTo("이용허락범위 제한 없음"));

        PortalFlows.as(PortalFlows.admin()).body(NEW_PRODUCT)
                .when().post("/api/v1/admin/products")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("air-quality"));
    }

    @Test
    void unknownProductIsCode03() {
        given().accept(ContentType.JSON).when().get("/api/v1/products/nope")
                .then().statusCode(404).body("resultCode", equalTo("03"));
    }

    @Test
    void invalidFieldsAreNamedInTheError() {
        PortalFlows.as(PortalFlows.admin())
                .body("{\"code\":\"Bad Code\",\"name\":\"x\",\"description\":\"x\",\"dataFormat\":\"JSON\",\"dailyQuota\":0,"
                        + "\"department\":\"x\",\"departmentPhone\":\"123\"}")
                .when().post("/api/v1/admin/products")
                .then().statusCode(400).body("resultCode", equalTo("10"))
                .body("resultDetail", containsString("code"))
                .body("resultDetail", containsString("dailyQuota"))
                .body("resultDetail", containsString("departmentPhone"));

        PortalFlows.as(PortalFlows.admin()).body("{\"code\":\"x1\",\"dailyQuota\":\"many\"}")
                .when().post("/api/v1/admin/products")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("dailyQuota"));
    }
}
