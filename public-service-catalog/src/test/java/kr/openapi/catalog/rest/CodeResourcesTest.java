package kr.openapi.catalog.rest;

import static kr.openapi.catalog.rest.CatalogClients.admin;
import static kr.openapi.catalog.rest.CatalogClients.keyHolder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeResourcesTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    @Test
    void categoryCodesMatchTheGuidesSample() {
        String body = keyHolder().queryParam("level", "medium").queryParam("upAstCd", "010000")
                .when().get("/openapi/svcAst/code")
                .then().statusCode(200).contentType(containsString("application/xml")).extract().asString();
        assertThat(body).isEqualTo(DECLARATION + "<result><resultCode>00</resultCode><resultMessage>정상입니다.</resultMessage>"
                + "<svcAsts><svcAstLevel>2</svcAstLevel><upSvcAstCode>010000</upSvcAstCode>"
                + "<svcAst><svcAstCode>010100</svcAstCode><svcAstName>결혼</svcAstName></svcAst>"
                + "<svcAst><svcAstCode>010200</svcAstCode><svcAstName>이혼</svcAstName></svcAst></svcAsts></result>");
    }

    @Test
    void listsEachLevel() {
        keyHolder().queryParam("level", "large").queryParam("_type", "json")
                .when().get("/openapi/svcAst/code")
                .then().statusCode(200)
                .body("svcAsts.svcAstLevel", equalTo(1))
                .body("svcAsts", not(org.hamcrest.Matchers.hasKey("upSvcAstCode")))
                .body("svcAsts.svcAst.svcAstCode", hasItems("010000", "040000", "110000"));
        keyHolder().queryParam("level", "small").queryParam("upAstCd", "040200").queryParam("_type", "json")
                .when().get("/openapi/svcAst/code")
                .then().statusCode(200)
                .body("svcAsts.svcAstLevel", equalTo(3))
                .body("svcAsts.svcAst.svcAstName", hasItems("결핵", "예방접종"));
    }

    @Test
    void badCategoryRequestsAreRefusedWithTheRightCode() {
        expect("/openapi/svcAst/code", 400, "11", "level");
        expect("/openapi/svcAst/code?level=huge", 400, "10", "level");
        expect("/openapi/svcAst/code?level=medium", 400, "11", "upAstCd");
        expect("/openapi/svcAst/code?level=small&upAstCd=01", 400, "10", "upAstCd");
        expect("/openapi/svcAst/code?level=small&upAstCd=040000", 400, "10", "upAstCd");
        expect("/openapi/svcAst/code?level=medium&upAstCd=990000", 404, "03", "990000");
    }

    @Test
    void organisationCodesMatchTheGuidesSample() {
        String body = keyHolder().queryParam("orgClsCd", "BA0303").queryParam("upOrgCd", "6410000")
                .when().get("/openapi/org/code")
                .then().statusCode(200).extract().asString();
        assertThat(body).startsWith(DECLARATION + "<result><resultCode>00</resultCode><resultMessage>정상입니다.</resultMessage>"
                + "<orgs><orgClsCode>BA0303</orgClsCode><upOrgCode>6410000</upOrgCode>"
                + "<org><orgCode>4160000</orgCode><orgName>가평군</orgName></org>"
                + "<org><orgCode>3940000</orgCode><orgName>고양시</orgName></org>").endsWith("</orgs></result>");
    }

    @Test
    void withoutAParentTheTopLevelIsListed() {
        keyHolder().queryParam("orgClsCd", "BA0303").queryParam("_type", "json")
                .when().get("/openapi/org/code")
                .then().statusCode(200)
                .body("orgs.orgClsCode", equalTo("BA0303"))
                .body("orgs.org.orgName", hasItems("경기도", "서울특별시"))
                .body("orgs.org.orgName", not(hasItems("가평군")));
        keyHolder().queryParam("orgClsCd", "BA0301").queryParam("_type", "json")
                .when().get("/openapi/org/code")
                .then().statusCode(200).body("orgs.org.orgName", hasItems("보건복지부", "행정안전부"));
    }

    @Test
    void badOrganisationRequestsAreRefusedWithTheRightCode() {
        expect("/openapi/org/code", 400, "11", "orgClsCd");
        expect("/openapi/org/code?orgClsCd=ba03", 400, "10", "orgClsCd");
        expect("/openapi/org/code?orgClsCd=BA0303&upOrgCd=64", 400, "10", "upOrgCd");
        expect("/openapi/org/code?orgClsCd=ZZ9999", 404, "03", "ZZ9999");
        expect("/openapi/org/code?orgClsCd=BA0303&upOrgCd=9999999", 404, "03", "9999999");
    }

    private static void expect(String path, int status, String code, String detail) {
        keyHolder().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(status)
                .body(containsString("<resultCode>" + code + "</resultCode>"))
                .body(containsString(detail));
    }
}
