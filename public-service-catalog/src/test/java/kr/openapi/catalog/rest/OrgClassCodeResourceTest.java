package kr.openapi.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgClassCodeResourceTest {

    @Test
    void listsTheSeedsOrganisationClassesAsInTheSample() {
        String body = given().when().get("/openapi/org/cls/code")
                .then().statusCode(200).contentType(containsString("application/xml"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).startsWith(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><result><resultCode>00</resultCode>"
                        + "<resultMessage>정상입니다.</resultMessage><orgClses><orgCls><orgClsCode>BA0301</orgClsCode>"
                        + "<orgClsName>중앙행정기관(소속기관 포함)</orgClsName></orgCls>")
                .contains("<orgCls><orgClsCode>BA0303</orgClsCode><orgClsName>시군구</orgClsName></orgCls>")
                .doesNotContain("\n");
    }

    @Test
    void answersJsonForEachWayClientsAskForIt() {
        for (String[] ask : new String[][] {{"_type", "json"}, {"type", "json"}, {"format", "json"}}) {
            given().queryParam(ask[0], ask[1]).when().get("/openapi/org/cls/code")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("resultCode", equalTo("00"))
                    .body("orgClses.orgCls.orgClsCode", hasItem("BA0303"));
        }
        given().accept(ContentType.JSON).when().get("/openapi/org/cls/code")
                .then().statusCode(200).body("resultMessage", equalTo("정상입니다."));
    }

    @Test
    void anAdminAddsAClassThatTheCodeApiThenLists() {
        given().contentType(ContentType.JSON).body("{\"orgClsName\":\"광역자치단체\"}")
                .when().put("/admin/catalog/org-classes/BA0302")
                .then().statusCode(200).body("orgClsCode", equalTo("BA0302")).body("orgClsName", equalTo("광역자치단체"));

        given().queryParam("_type", "json").when().get("/openapi/org/cls/code")
                .then().statusCode(200).body("orgClses.orgCls.orgClsName", hasItem("광역자치단체"));
    }

    @Test
    void badAdminInputIsAnsweredInTheEnvelope() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"orgClsName\":\"\"}")
                .when().put("/admin/catalog/org-classes/BA0399")
                .then().statusCode(400).body("resultCode", equalTo("11")).body("resultDetail", containsString("orgClsName"));

        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"orgClsName\":\"x\"}")
                .when().put("/admin/catalog/org-classes/lower1")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("기관분류 코드"));

        given().contentType(ContentType.JSON).body("{\"orgClsName\":")
                .when().put("/admin/catalog/org-classes/BA0399")
                .then().statusCode(400).contentType(containsString("xml"))
                .body(startsWith("<?xml")).body(containsString("<resultCode>10</resultCode>"));
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheEnvelopeNotAnHtmlPage() {
        given().when().get("/openapi/no/such/api")
                .then().statusCode(404).contentType(containsString("xml"))
                .body(containsString("<resultCode>12</resultCode>"));
        given().when().delete("/openapi/org/cls/code")
                .then().statusCode(405).body(containsString("<resultCode>04</resultCode>"));
    }
}
