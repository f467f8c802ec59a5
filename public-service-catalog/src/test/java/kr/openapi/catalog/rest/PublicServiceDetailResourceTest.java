package kr.openapi.catalog.rest;

import static kr.openapi.catalog.rest.CatalogClients.admin;
import static kr.openapi.catalog.rest.CatalogClients.keyHolder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicServiceDetailResourceTest {

    @Test
    void answersTheGuidesDetailSampleElementForElement() {
        String body = keyHolder().queryParam("svcId", "SD0000000250").queryParam("format", "xml")
                .when().get("/openapi/svc")
                .then().statusCode(200).contentType(containsString("application/xml"))
                .extract().asString();
        assertThat(body).doesNotContain("\n").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<result><resultCode>00</resultCode><resultMessage>정상입니다.</resultMessage><svc>"
                + "<svcId>SD0000000250</svcId><svcNm>저소득노인건강검진</svcNm>"
                + "<jrsdDptAllNm>서울특별시 은평구 보건소 건강증진과</jrsdDptAllNm><svcEditDt>2014-10-10</svcEditDt>"
                + "<svcPpo>저소득 노인을 대상으로 건강검진을 실시하여 질병을 조기에 발견하고 치료하도록 지원</svcPpo>"
                + "<sportFr>현금/현물||정보제공||대여</sportFr><svcCts>");
        assertThat(body)
                .contains("<slctnStdr>만65세이상 국민기초생활수급자 및 차상위계층</slctnStdr><dupImprtySvc></dupImprtySvc>"
                        + "<sportTg>관내 거주하는 만 65세 이상</sportTg><reqstProcessPd>연중</reqstProcessPd>"
                        + "<reqstProcss>거주지 동 주민센터에 신청</reqstProcss><posesPapers>신청서</posesPapers>"
                        + "<onlnReqstSiteUrl>http://domain.go.kr/request</onlnReqstSiteUrl>")
                .contains("<refrncNm>은평구 어르신복지과</refrncNm><refrncTelNo>02-351-7155</refrncTelNo>"
                        + "<refrncSiteUrl>www.ep.go.kr</refrncSiteUrl><svcInfoUrl>http://www.gov.kr/portal/service</svcInfoUrl>"
                        + "<svcInfoKrUrl>http://www.gov.kr/portal/공공서비스</svcInfoKrUrl>")
                .contains("<reqstPapers><reqstPaper><reqstPaperFilename>저소득노인건강검진 신청서.hwp</reqstPaperFilename>")
                .endsWith("<laws><law><lawNm>[법령] 노인복지법(제27조)</lawNm><lawUrl>http://www.law.go.kr/법령</lawUrl></law>"
                        + "</laws></svc></result>");
    }

    @Test
    void acceptsTheTablesSpellingSvclId() {
        keyHolder().queryParam("svclId", "SD0000000151").queryParam("format", "xml")
                .when().get("/openapi/svc")
                .then().statusCode(200).body(containsString("<svcNm>결핵입원명령자 부양가족 생계비 지원</svcNm>"));
    }

    @Test
    void answersJsonAndHtml() {
        keyHolder().queryParam("svcId", "SD0000000250").queryParam("format", "json")
                .when().get("/openapi/svc")
                .then().statusCode(200).contentType(containsString("json"))
                .body("svc.svcNm", equalTo("저소득노인건강검진"))
                .body("svc.laws.law[0].lawNm", equalTo("[법령] 노인복지법(제27조)"));
        keyHolder().queryParam("svcId", "SD0000000250").queryParam("format", "html")
                .when().get("/openapi/svc")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>저소득노인건강검진</h1>"))
                .body(containsString("<th>선정기준</th><td>만65세이상 국민기초생활수급자 및 차상위계층</td>"))
                .body(containsString("현금/현물, 정보제공, 대여"));
    }

    @Test
    void eachCallCountsAView() {
        long before = viewsOf("SD0000000239");
        keyHolder().queryParam("svcId", "SD0000000239").queryParam("format", "xml").get("/openapi/svc").then().statusCode(200);
        keyHolder().queryParam("svcId", "SD0000000239").queryParam("format", "json").get("/openapi/svc").then().statusCode(200);
        assertThat(viewsOf("SD0000000239")).isEqualTo(before + 2);
    }

    @Test
    void unknownServiceIsCode03AndBadIdsAreRefused() {
        keyHolder().queryParam("svcId", "SD9999999999").queryParam("format", "xml")
                .when().get("/openapi/svc")
                .then().statusCode(404).body(containsString("<resultCode>03</resultCode>"))
                .body(containsString("<resultMessage>데이터없음 에러입니다.</resultMessage>"));
        keyHolder().queryParam("format", "xml").when().get("/openapi/svc")
                .then().statusCode(400).body(containsString("<resultCode>11</resultCode>")).body(containsString("svcId"));
        keyHolder().queryParam("svcId", "SD0000000250'--").queryParam("format", "xml").when().get("/openapi/svc")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>"));
        keyHolder().queryParam("svcId", "SD0000000250").queryParam("format", "excel").when().get("/openapi/svc")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>"))
                .body(containsString("xml, json, html"));
    }

    private static long viewsOf(String svcId) {
        XmlPath list = new XmlPath(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "장기요양")
                .queryParam("pageSize", "100").get("/openapi/svc/list").then().statusCode(200).extract().asString());
        return list.getLong("result.svcList.svc.find { it.svcId == '" + svcId + "' }.vwCnt");
    }
}
