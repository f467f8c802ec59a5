package kr.openapi.catalog.rest;

import static kr.openapi.catalog.rest.CatalogClients.admin;
import static kr.openapi.catalog.rest.CatalogClients.keyHolder;
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
        String body = keyHolder().when().get("/openapi/org/cls/code")
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
            keyHolder().queryParam(ask[0], ask[1]).when().get("/openapi/org/cls/code")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("resultCode", equalTo("00"))
                    .body("orgClses.orgCls.orgClsCode", hasItem("BA0303"));
        }
        keyHolder().accept(ContentType.JSON).when().get("/openapi/org/cls/code")
                .then().statusCode(200).body("resultMessage", equalTo("정상입니다."));
    }

    @Test
    void anAdminAddsAClassThatTheCodeApiThenLists() {
        admin().contentType(ContentType.JSON).body("{\"orgClsName\":\"광역자치단체\"}")
                .when().put("/admin/catalog/org-classes/BA0302")
                .then().statusCode(200).body("orgClsCode", equalTo("BA0302")).body("orgClsName", equalTo("광역자치단체"));

        keyHolder().queryParam("_type", "json").when().get("/openapi/org/cls/code")
                .then().statusCode(200).body("orgClses.orgCls.orgClsName", hasItem("광역자치단체"));
    }

    @Test
    void badAdminInputIsAnsweredInTheEnvelope() {
        admin().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"orgClsName\":\"\"}")
                .when().put("/admin/catalog/org-classes/BA0399")
                .then().statusCode(400).body("resultCode", equalTo("11")).body("resultDetail", containsString("orgClsName"));

        admin().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"orgClsName\":\"x\"}")
                .when().put("/admin/catalog/org-classes/lower1")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("기관분류 코드"));

        admin().contentType(ContentType.JSON).body("{\"orgClsName\":")
                .when().put("/admin/catalog/org-classes/BA0399")
                .then().statusCode(400).contentType(containsString("xml"))
                .body(startsWith("<?xml")).body(containsString("<resultCode>10</resultCode>"));
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheEnvelopeNotAnHtmlPage() {
        keyHolder().when().get("/openapi/no/such/api")
                .then().statusCode(404).contentType(containsString("xml"))
                .body(containsString("<resultCode>12</resultCode>"));
        keyHolder().when().delete("/openapi/org/cls/code")
                .then().statusCode(405).body(containsString("<resultCode>04</resultCode>"));
    }
}
