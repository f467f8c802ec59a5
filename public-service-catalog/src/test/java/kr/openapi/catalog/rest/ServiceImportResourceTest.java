package kr.openapi.catalog.rest;

import static kr.openapi.catalog.rest.CatalogClients.admin;
import static kr.openapi.catalog.rest.CatalogClients.keyHolder;
import static kr.openapi.catalog.rest.CatalogFixtures.service;
import static kr.openapi.catalog.rest.PublicServiceListResourceTest.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceImportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final PublicService FIRST =
            service("IM0000000001", "고래 관찰 교실", "100000", "100100", LocalDate.of(2022, 2, 2), "해양 생태 교육", "고래");
    private static final PublicService SECOND =
            service("IM0000000002", "고래 보호 캠페인", "100000", "100100", LocalDate.of(2022, 3, 3), "해양 보호", "고래");

    @Test
    void importingTheSameFileTwiceChangesNothingAndAChangeIsApplied() {
        postJson(List.of(FIRST, SECOND)).body("received", equalTo(2)).body("inserted", equalTo(2))
                .body("updated", equalTo(0)).body("unchanged", equalTo(0));
        postJson(List.of(FIRST, SECOND)).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        assertThat(search("고래")).containsExactlyInAnyOrder("IM0000000001", "IM0000000002");

        keyHolder().queryParam("svcId", "IM0000000001").queryParam("format", "xml").get("/openapi/svc").then().statusCode(200);
        PublicService renamed = service("IM0000000001", "돌고래 관찰 교실", "100000", "100100", LocalDate.of(2022, 2, 2),
                "해양 생태 교육", "돌고래");
        postJson(List.of(renamed, SECOND)).body("inserted", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        keyHolder().queryParam("svcId", "IM0000000001").queryParam("format", "json")
                .when().get("/openapi/svc")
                .then().statusCode(200).body("svc.svcNm", equalTo("돌고래 관찰 교실"));
        assertThat(search("돌고래")).containsExactly("IM0000000001");
        // The view counted before the change is still there (2 = one before, one after).
        keyHolder().queryParam("format", "json").queryParam("srhQuery", "돌고래")
                .when().get("/openapi/svc/list")
                .then().body("svcList.svc[0].vwCnt", equalTo(2));
    }

    @Test
    void importsCsvWithTheElementNamesAsHeader() {
        String csv = """
                svcId,svcNm,svcEditDt,jrsdDptAllNm,svcPpo,lrgAstCd,mdmAstCd,laws
                IM0000000101,"청소년 수련관 이용료 감면",2024-05-05,"경기도 가평군 교육청소년과","청소년 여가, 활동 지원",100000,100100,"[{""lawNm"":""[법령] 청소년활동 진흥법"",""lawUrl"":""https://www.law.go.kr""}]"
                IM0000000102,"수련관 야영장 대여",2024-06-06,"경기도 가평군 교육청소년과",,100000,100100,
                """;
        admin().contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/admin/catalog/services")
                .then().statusCode(200).body("received", equalTo(2)).body("inserted", equalTo(2));
        keyHolder().queryParam("svcId", "IM0000000101").queryParam("format", "json")
                .when().get("/openapi/svc")
                .then().statusCode(200)
                .body("svc.svcPpo", equalTo("청소년 여가, 활동 지원"))
                .body("svc.laws.law[0].lawNm", equalTo("[법령] 청소년활동 진흥법"));
        assertThat(search("수련관")).containsExactlyInAnyOrder("IM0000000101", "IM0000000102");
    }

    @Test
    void aFileWithAnInvalidRecordIsRefusedWholeAndNamesTheRecords() {
        PublicService good = service("IM0000000201", "반딧불이 축제", "100000", "100100", LocalDate.of(2024, 1, 1), "축제", "");
        PublicService badId = service("IM-1", "잘못된 서비스", "100000", "100100", LocalDate.of(2024, 1, 1), "", "");
        PublicService badCategory = service("IM0000000203", "잘못된 분류", "1000", "100100", LocalDate.of(2024, 1, 1), "", "");
        admin().contentType(ContentType.JSON).body(List.of(good, badId, badCategory))
                .when().post("/admin/catalog/services")
                .then().statusCode(400)
                .body(containsString("<resultCode>10</resultCode>"))
                .body(containsString("2번째 서비스: svcId"))
                .body(containsString("3번째 서비스: lrgAstCd"));
        assertThat(search("반딧불이")).isEmpty();

        admin().contentType("text/csv; charset=UTF-8").body("svcId,svcNm,svcEditDt\nIM0000000301,날짜 오류,2024-13-45\n")
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>")).body(containsString("2번째 줄"));
        admin().contentType(ContentType.JSON).body("[]")
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("<resultCode>11</resultCode>"));
        admin().contentType(ContentType.JSON).body("[{\"svcId\":")
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>"));
    }

    @Test
    void multiLineTextStaysOnOneXmlLineAndComesBackIntact() {
        PublicService multiLine = new PublicService("IM0000000401", "여러 줄 설명 서비스", "3110000", "서울특별시 은평구 복지정책과",
                LocalDate.of(2024, 4, 4),
                "첫째 목적\n둘째 목적", // svcPpo
                "현금", // sportFr
                "1. 신청\r\n2. 심사\t(10일)\n3. 지급", // svcCts
                "", "", "", "", "", "", // slctnStdr, dupImprtySvc, sportTg, reqstProcessPd, reqstProcss, posesPapers
                "javascript:alert(1)", // onlnReqstSiteUrl
                "", "", "", "", "", // rcvOrgNm, rcvOrgTelNo, refrncNm, refrncTelNo, refrncSiteUrl
                "https://www.gov.kr", "", "", // svcInfoUrl, svcInfoKrUrl, keywords
                "100000", "100100", null, List.of(), List.of());
        postJson(List.of(multiLine)).body("inserted", equalTo(1));
        String xml = keyHolder().queryParam("svcId", "IM0000000401").queryParam("format", "xml")
                .when().get("/openapi/svc").then().statusCode(200).extract().asString();
        assertThat(xml).doesNotContain("\n", "\r", "\t")
                .contains("<svcCts>1. 신청&#13;&#10;2. 심사&#9;(10일)&#10;3. 지급</svcCts>");
        keyHolder().queryParam("svcId", "IM0000000401").queryParam("format", "json")
                .when().get("/openapi/svc").then().statusCode(200).body("svc.svcPpo", equalTo("첫째 목적\n둘째 목적"));
        // Only web addresses become links.
        keyHolder().queryParam("svcId", "IM0000000401").queryParam("format", "html")
                .when().get("/openapi/svc").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("href=\"javascript:")))
                .body(containsString("<a href=\"https://www.gov.kr\">"));
    }

    @Test
    void importsADetailAnswerAsItWasReceived() {
        Map<String, Object> svc = keyHolder().queryParam("svcId", "SD0000000250").queryParam("format", "json")
                .when().get("/openapi/svc").then().statusCode(200).extract().path("svc");
        Map<String, Object> copy = new HashMap<>(svc);
        copy.put("svcId", "IM0000000601");
        copy.put("lrgAstCd", "100000");
        copy.put("mdmAstCd", "100100");
        // A converter from XML writes a single element unwrapped; a law of the real catalogue may have no address.
        copy.put("laws", Map.of("law", Map.of("lawNm", "[법령] 노인복지법 시행령")));
        admin().contentType(ContentType.JSON).accept(ContentType.JSON).body(List.of(copy))
                .when().post("/admin/catalog/services")
                .then().statusCode(200).body("inserted", equalTo(1));

        keyHolder().queryParam("svcId", "IM0000000601").queryParam("format", "json")
                .when().get("/openapi/svc")
                .then().statusCode(200)
                .body("svc.svcNm", equalTo("저소득노인건강검진"))
                .body("svc.reqstPapers.reqstPaper[0].reqstPaperFilename", equalTo("저소득노인건강검진 신청서.hwp"))
                .body("svc.laws.law[0].lawNm", equalTo("[법령] 노인복지법 시행령"))
                .body("svc.laws.law[0].lawUrl", equalTo(""));
        keyHolder().queryParam("svcId", "IM0000000601").queryParam("format", "xml")
                .when().get("/openapi/svc")
                .then().statusCode(200)
                .body(containsString("<law><lawNm>[법령] 노인복지법 시행령</lawNm><lawUrl></lawUrl></law>"));
        keyHolder().queryParam("svcId", "IM0000000601").queryParam("format", "html")
                .when().get("/openapi/svc")
                .then().statusCode(200).body(containsString("[법령] 노인복지법 시행령<br>"));

        copy.put("laws", "노인복지법");
        admin().contentType(ContentType.JSON).body(List.of(copy))
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>"));
    }

    @TestHTTPResource("/admin/catalog/services")
    URI importUri;

    /** {@code count} services of 12 KB each, named "{@code name} n", with ids {@code prefix0000000001}... */
    private static List<PublicService> largeServices(String prefix, String name, int count) {
        List<PublicService> services = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            services.add(new PublicService(prefix + String.format("%010d", i), name + " " + i, null, name + "과",
                    LocalDate.of(2000, 1, 1), "", "", "", "", "가".repeat(4_000), "", "", "", "", "", "", "", "", "", "",
                    "", "", "", "990000", "990100", null, List.of(), List.of()));
        }
        return services;
    }

    @Test
    void aFileLargerThanMemoryBuffersIsStoredWholeOrNotAtAll() throws Exception {
        // 1,200 services of 12 KB each: over 14 MB (more than Quarkus' default body limit), written in several batches.
        List<PublicService> large = largeServices("LF", "적재시험 서비스", 1_200);
        List<PublicService> endsBadly = new ArrayList<>(large);
        endsBadly.add(service("LF-BAD", "잘못된 마지막 서비스", "990000", "990100", LocalDate.of(2000, 1, 1), "", ""));
        byte[] refused = JSON.writeValueAsBytes(endsBadly);
        assertThat(refused.length).isGreaterThan(10 * 1024 * 1024);
        admin().contentType(ContentType.JSON).body(refused)
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("1201번째 서비스: svcId"));
        assertThat(search("적재시험")).as("the batches written before the bad record were rolled back").isEmpty();

        admin().contentType(ContentType.JSON).accept(ContentType.JSON).body(JSON.writeValueAsBytes(large))
                .when().post("/admin/catalog/services")
                .then().statusCode(200).body("received", equalTo(1_200)).body("inserted", equalTo(1_200));
        keyHolder().queryParam("format", "json").queryParam("srhQuery", "적재시험")
                .when().get("/openapi/svc/list")
                .then().statusCode(200).body("totalCount", equalTo(1_200));
    }

    @Test
    void aFileOverTheLimitIsRefusedInTheEnvelopeAndNothingIsStored() throws Exception {
        // The tests' limit is 20 MB; 1,800 services of 12 KB are about 21 MB.
        byte[] tooLarge = JSON.writeValueAsBytes(largeServices("OV", "초과시험 서비스", 1_800));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder post = HttpRequest.newBuilder(importUri).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestTokens.admin()));

        HttpResponse<String> declared = client.send(post.POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("<resultCode>10</resultCode>", "20 MB");

        // Sent in chunks, the length is known only once the limit is passed: refused then, after some batches were written.
        HttpResponse<String> chunked = client.send(post.POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(tooLarge))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("<resultCode>10</resultCode>", "20 MB");
        assertThat(search("초과시험")).isEmpty();
    }

    @Test
    void aBodyOfATypeThatIsNotImportedIsAnsweredInTheEnvelope() {
        admin().contentType("application/xml").body("<services/>").when().post("/admin/catalog/services")
                .then().statusCode(415).body(containsString("<resultCode>04</resultCode>"));
        admin().when().post("/admin/catalog/services")
                .then().statusCode(415).body(containsString("<resultCode>04</resultCode>"));
    }

    @Test
    void textWithControlCharactersIsRefused() {
        PublicService bad = service("IM0000000501", "제어\u0001문자", "100000", "100100", LocalDate.of(2024, 1, 1), "", "");
        admin().contentType(ContentType.JSON).body(List.of(bad))
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>")).body(containsString("제어 문자"));
        PublicService nul = service("IM0000000502", "널\u0000문자", "100000", "100100", LocalDate.of(2024, 1, 1), "", "");
        admin().contentType(ContentType.JSON).body(List.of(nul))
                .when().post("/admin/catalog/services")
                .then().statusCode(400).body(containsString("<resultCode>10</resultCode>"));
    }

    private static io.restassured.response.ValidatableResponse postJson(List<PublicService> services) {
        return admin().contentType(ContentType.JSON).accept(ContentType.JSON).body(services)
                .when().post("/admin/catalog/services")
                .then().statusCode(200).body("resultCode", equalTo("00"));
    }
}
