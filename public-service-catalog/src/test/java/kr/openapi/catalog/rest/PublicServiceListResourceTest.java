package kr.openapi.catalog.rest;

import static kr.openapi.catalog.rest.CatalogClients.admin;
import static kr.openapi.catalog.rest.CatalogClients.keyHolder;
import static kr.openapi.catalog.rest.CatalogFixtures.importServices;
import static kr.openapi.catalog.rest.CatalogFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicServiceListResourceTest {

    /** This class's own category (문화와 환경 > 체육), so other tests' services do not change its answers. */
    private static final String LARGE = "100000";
    private static final String MEDIUM = "100300";

    private static boolean imported;

    @BeforeEach
    void addServicesOfOneCategory() {
        if (imported) {
            return;
        }
        imported = true;
        importServices(
                service("TL0000000001", "다도해 수영 교실", LARGE, MEDIUM, LocalDate.of(2020, 5, 1), "수영 강습", "수영"),
                service("TL0000000002", "가야금 체험 교실", LARGE, MEDIUM, LocalDate.of(2023, 1, 9), "국악 체험", "국악"),
                // Name order (가, 다, 하, B) differs from date order (2023, 2021, 2020, 2019), so each sort is seen.
                service("TL0000000003", "하늘 탁구 대회", LARGE, MEDIUM, LocalDate.of(2021, 7, 30), "생활체육 탁구", "탁구"),
                service("TL0000000004", "Badminton 동호회", LARGE, MEDIUM, LocalDate.of(2019, 3, 3), "배드민턴", "배드민턴"));
    }

    @Test
    void answersTheGuidesListElementsOnOneXmlLine() {
        String body = keyHolder().queryParam("format", "xml").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .queryParam("sort", "DATE")
                .when().get("/openapi/svc/list")
                .then().statusCode(200).contentType(containsString("application/xml"))
                .extract().asString();
        assertThat(body).doesNotContain("\n").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<result><resultCode>00</resultCode><resultMessage>정상입니다.</resultMessage><totalCount>4</totalCount>"
                + "<pageIndex>1</pageIndex><pageSize>10</pageSize><svcList><svc><svcId>TL0000000002</svcId>"
                + "<svcNm>가야금 체험 교실</svcNm><jrsdDptAllNm>서울특별시 은평구 주민복지국 복지정책과</jrsdDptAllNm>"
                + "<svcEditDt>2023-01-09</svcEditDt><svcPpo>국악 체험</svcPpo><sportFr>현금||정보제공</sportFr><vwCnt>0</vwCnt>"
                + "<svcInfoUrl>https://www.gov.kr/portal/service/TL0000000002</svcInfoUrl>");
    }

    @Test
    void sortsByDateNameAndViewsAsTheGuideSays() {
        assertThat(idsOf("DATE")).containsExactly("TL0000000002", "TL0000000003", "TL0000000001", "TL0000000004");
        // 가나다 order, ascending, Hangul before Latin.
        assertThat(idsOf("SORT_TTL")).containsExactly("TL0000000002", "TL0000000001", "TL0000000003", "TL0000000004");
        viewBadmintonMostThenSwimming();
        assertThat(idsOf("VW_CNT")).containsExactly("TL0000000004", "TL0000000001", "TL0000000002", "TL0000000003");
        assertThat(idsOf("vw_cnt")).as("sort is case-insensitive").startsWith("TL0000000004");
    }

    @Test
    void aSearchIsSortedTheSameWays() {
        // 지원 is in every service's content; with the category, the search selects this class's four services.
        assertThat(searchedIdsOf("DATE")).containsExactly("TL0000000002", "TL0000000003", "TL0000000001", "TL0000000004");
        assertThat(searchedIdsOf("RANK")).as("no name or keyword holds 지원: newest first")
                .containsExactly("TL0000000002", "TL0000000003", "TL0000000001", "TL0000000004");
        assertThat(searchedIdsOf("SORT_TTL")).containsExactly("TL0000000002", "TL0000000001", "TL0000000003", "TL0000000004");
        viewBadmintonMostThenSwimming();
        assertThat(searchedIdsOf("VW_CNT")).containsExactly("TL0000000004", "TL0000000001", "TL0000000002", "TL0000000003");
    }

    /** Three views of TL0000000004 and one of TL0000000001 (repeating it keeps the views' order). */
    private static void viewBadmintonMostThenSwimming() {
        for (int view = 0; view < 3; view++) {
            keyHolder().queryParam("format", "xml").queryParam("svcId", "TL0000000004").get("/openapi/svc").then().statusCode(200);
        }
        keyHolder().queryParam("format", "xml").queryParam("svcId", "TL0000000001").get("/openapi/svc").then().statusCode(200);
    }

    @Test
    void pagesThroughTheResults() {
        XmlPath second = xml(keyHolder().queryParam("format", "xml").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .queryParam("sort", "DATE").queryParam("pageIndex", "2").queryParam("pageSize", "3"));
        assertThat(second.getString("result.totalCount")).isEqualTo("4");
        assertThat(second.getList("result.svcList.svc.svcId")).containsExactly("TL0000000004");

        XmlPath beyond = xml(keyHolder().queryParam("format", "xml").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .queryParam("pageIndex", "9"));
        assertThat(beyond.getString("result.totalCount")).isEqualTo("4");
        assertThat(beyond.getList("result.svcList.svc")).isEmpty();

        XmlPath searchBeyond = xml(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "결핵").queryParam("pageIndex", "3")
                .queryParam("pageSize", "1"));
        assertThat(searchBeyond.getString("result.totalCount")).isEqualTo("2");
        assertThat(searchBeyond.getList("result.svcList.svc")).isEmpty();
        XmlPath searchSecond = xml(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "결핵").queryParam("pageIndex", "2")
                .queryParam("pageSize", "1").queryParam("sort", "DATE"));
        assertThat(searchSecond.getString("result.totalCount")).isEqualTo("2");
        assertThat(searchSecond.getList("result.svcList.svc.svcId")).containsExactly("SD0000000151");
    }

    @Test
    void searchesKoreanTextOfTheGuidesServices() {
        assertThat(search("결핵")).containsExactlyInAnyOrder("SD0000000151", "SD0000000152");
        assertThat(search("노인")).contains("SD0000000250", "SD0000000231", "SD0000000239").doesNotContain("SD0000000151");
        // 건강검진 is in SD0000000250's name; the others only mention 건강.
        assertThat(search("건강검진")).first().isEqualTo("SD0000000250");
        assertThat(search("건강검진")).doesNotContain("SD0000000231");
        // Two words: both must appear.
        assertThat(search("노인 운동")).containsExactly("SD0000000231");
        assertThat(search("결핵 약제비")).containsExactly("SD0000000152");
        // Selection criteria and procedure are searched too.
        assertThat(search("차상위계층")).contains("SD0000000250");
        assertThat(search("보건소에 신청")).contains("SD0000000151", "SD0000000152");
        assertThat(search("없는단어조합")).isEmpty();
    }

    @Test
    void aSearchCombinesWithEverySortAndWithExcel() throws IOException {
        for (String sort : List.of("RANK", "DATE", "SORT_TTL", "VW_CNT")) {
            assertThat(xml(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "결핵").queryParam("sort", sort))
                    .getList("result.svcList.svc.svcId")).as(sort).containsExactlyInAnyOrder("SD0000000151", "SD0000000152");
        }
        byte[] xlsx = keyHolder().queryParam("format", "excel").queryParam("srhQuery", "결핵").queryParam("sort", "VW_CNT")
                .queryParam("lrgAstCd", "040000").queryParam("mdmAstCd", "040200")
                .when().get("/openapi/svc/list").then().statusCode(200).extract().asByteArray();
        assertThat(sheet(xlsx).stream().skip(1).map(row -> row.get(1))).containsExactly("SD0000000151");
    }

    @Test
    void ranksServicesNamedByTheQueryFirst() {
        importServices(
                service("TR0000000001", "평생학습 강좌", "110000", "110300", LocalDate.of(2025, 1, 1), "해녀 문화 이해", ""),
                service("TR0000000002", "해녀 문화 보존 지원", "110000", "110300", LocalDate.of(2015, 1, 1), "전통 보존", ""),
                service("TR0000000003", "어촌 체험", "110000", "110300", LocalDate.of(2024, 1, 1), "어촌 관광", "해녀"));
        assertThat(search("해녀")).containsExactly("TR0000000002", "TR0000000003", "TR0000000001");

        // Several words: a name with all of them, then a name with some of them, then the rest, newest first.
        importServices(
                service("TQ0000000001", "갯벌 탐방 교실", "110000", "110300", LocalDate.of(2015, 1, 1), "생태 교육", ""),
                service("TQ0000000002", "탐방 안내", "110000", "110300", LocalDate.of(2025, 1, 1), "갯벌 생태", ""),
                service("TQ0000000003", "생태 학교", "110000", "110300", LocalDate.of(2026, 1, 1), "갯벌 탐방 체험", ""));
        assertThat(search("갯벌 탐방")).containsExactly("TQ0000000001", "TQ0000000002", "TQ0000000003");
    }

    @Test
    void answersXmlWhenTheFormatIsEmptyOrAbsentAsTheRealApiDid() {
        for (var request : List.of(keyHolder(), keyHolder().queryParam("format", ""))) {
            assertThat(xml(request.queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)).getString("result.totalCount"))
                    .isEqualTo("4");
        }
        keyHolder().queryParam("format", "").queryParam("_type", "json").queryParam("lrgAstCd", LARGE)
                .when().get("/openapi/svc/list")
                .then().statusCode(200).contentType(containsString("json")).body("resultCode", equalTo("00"));
    }

    @Test
    void readsTheOrganisationFiltersInTheClientsSpellingToo() {
        assertThat(xml(keyHolder().queryParam("jrsdOrgCd", "3110000")).getInt("result.totalCount")).isPositive();
        assertThat(xml(keyHolder().queryParam("jrsdOrgCd", "6410000")).getString("result.totalCount"))
                .as("경기도 has no services here").isEqualTo("0");
        List<String> byName = xml(keyHolder().queryParam("format", "xml").queryParam("jrsdOrgNm", "보건소 의약과"))
                .getList("result.svcList.svc.svcId");
        assertThat(byName).containsExactlyInAnyOrder("SD0000000151", "SD0000000152");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("jrsdOrgCd", "abc"), 400, "10", "jrsdOrgCd");
    }

    @Test
    void filtersByOrganisationCodeAndName() {
        List<String> byCode = xml(keyHolder().queryParam("format", "xml").queryParam("jrdsOrgCd", "3110000").queryParam("pageSize", "100"))
                .getList("result.svcList.svc.svcId");
        assertThat(byCode).contains("SD0000000250", "TL0000000001");
        List<String> byName = xml(keyHolder().queryParam("format", "xml").queryParam("jrdsOrgNm", "보건소 의약과"))
                .getList("result.svcList.svc.svcId");
        assertThat(byName).containsExactlyInAnyOrder("SD0000000151", "SD0000000152");
        assertThat(xml(keyHolder().queryParam("format", "xml").queryParam("jrdsOrgNm", "100%_없는기관")).getString("result.totalCount"))
                .isEqualTo("0");
    }

    @Test
    void answersJsonInTheSameShape() {
        keyHolder().queryParam("format", "json").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM).queryParam("sort", "DATE")
                .when().get("/openapi/svc/list")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("resultCode", equalTo("00"))
                .body("totalCount", equalTo(4))
                .body("pageIndex", equalTo(1))
                .body("pageSize", equalTo(10))
                .body("svcList.svc[0].svcId", equalTo("TL0000000002"))
                .body("svcList.svc[0].jrsdDptAllNm", equalTo("서울특별시 은평구 주민복지국 복지정책과"));
        keyHolder().queryParam("_type", "json").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .when().get("/openapi/svc/list")
                .then().statusCode(200).body("totalCount", equalTo(4));
    }

    @Test
    void rendersAKoreanTablePage() {
        keyHolder().queryParam("format", "html").queryParam("srhQuery", "결핵")
                .when().get("/openapi/svc/list")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<title>공공서비스 목록</title>"))
                .body(containsString("<th>서비스 명</th>"))
                .body(containsString("결핵환자 입원명령시 입원비 및 약제비 지원"))
                .body(containsString("전체 2건"));
    }

    @Test
    void givesACategorysServicesAsAnExcelSheetWithTheGuidesColumns() throws IOException {
        byte[] xlsx = keyHolder().queryParam("format", "excel").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .queryParam("sort", "DATE")
                .when().get("/openapi/svc/list")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        List<List<String>> rows = sheet(xlsx);
        assertThat(rows.get(0)).containsExactly("번호", "서비스 ID", "서비스 명", "서비스 목적", "서비스 소관기관", "지원형태", "최종 수정일");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).containsExactly("4", "TL0000000002", "가야금 체험 교실", "국악 체험",
                "서울특별시 은평구 주민복지국 복지정책과", "현금||정보제공", "2023-01-09");
        assertThat(rows.stream().skip(1).map(row -> row.get(0))).as("numbered down, as in the guide").containsExactly("4", "3", "2", "1");
        assertThat(rows.stream().skip(1).map(row -> row.get(1)))
                .containsExactly("TL0000000002", "TL0000000003", "TL0000000001", "TL0000000004");

        byte[] unpaged = keyHolder().queryParam("format", "excel").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .queryParam("pageSize", "2").queryParam("pageIndex", "2")
                .when().get("/openapi/svc/list")
                .then().statusCode(200).extract().asByteArray();
        assertThat(sheet(unpaged)).as("paging does not apply to the sheet").hasSize(5);
    }

    @Test
    void refusesBadInputInTheEnvelope() {
        expectCode(keyHolder().queryParam("format", "csv"), 400, "10", "format");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("sort", "POPULAR"), 400, "10", "sort");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("pageIndex", "abc"), 400, "10", "pageIndex");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("pageIndex", "-1"), 400, "10", "pageIndex");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("pageSize", "0"), 400, "10", "pageSize");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("pageSize", "101"), 400, "10", "pageSize");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("lrgAstCd", "01"), 400, "10", "lrgAstCd");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("jrdsOrgCd", "abcdefg"), 400, "10", "jrdsOrgCd");
        expectCode(keyHolder().queryParam("format", "excel").queryParam("lrgAstCd", "040000"), 400, "11", "mdmAstCd");
        expectCode(keyHolder().queryParam("format", "excel"), 400, "11", "lrgAstCd, mdmAstCd");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "!!"), 400, "10", "srhQuery");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "가".repeat(101)), 400, "10", "srhQuery");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("pageIndex", "\u0663"), 400, "10", "pageIndex");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("pageIndex", "99999999999"), 400, "10", "pageIndex");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "노인\u0000복지"), 400, "10", "srhQuery");
        expectCode(keyHolder().queryParam("format", "xml").queryParam("jrdsOrgNm", "은평구\u0000보건소"), 400, "10", "jrdsOrgNm");
        // A value with a control character is named back in the envelope, still one well-formed line.
        String body = keyHolder().queryParam("format", "xml").queryParam("sort", "A\u0001B")
                .when().get("/openapi/svc/list").then().statusCode(400).extract().asString();
        assertThat(body).contains("<resultCode>10</resultCode>").doesNotContain("\n", "\u0001");
        keyHolder().queryParam("format", "json").queryParam("pageSize", "1000")
                .when().get("/openapi/svc/list")
                .then().statusCode(400).contentType(containsString("json")).body("resultCode", equalTo("10"));
    }

    @Test
    void aCallAndItsFailureComeInTheSameFormat() {
        // The data.go.kr parameter wins over format=xml|json, for answers and failures alike.
        keyHolder().queryParam("format", "xml").queryParam("_type", "json").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .when().get("/openapi/svc/list")
                .then().statusCode(200).contentType(containsString("json")).body("totalCount", equalTo(4));
        keyHolder().queryParam("format", "xml").queryParam("_type", "json").queryParam("pageSize", "0")
                .when().get("/openapi/svc/list")
                .then().statusCode(400).contentType(containsString("json")).body("resultCode", equalTo("10"));
        keyHolder().queryParam("format", "json").queryParam("type", "xml").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .when().get("/openapi/svc/list")
                .then().statusCode(200).contentType(containsString("xml")).body(containsString("<totalCount>4</totalCount>"));
    }

    @Test
    void pageSizeOfAHundredIsAllowed() {
        keyHolder().queryParam("format", "xml").queryParam("pageSize", "100")
                .when().get("/openapi/svc/list")
                .then().statusCode(200).body(containsString("<pageSize>100</pageSize>"));
    }

    private static void expectCode(io.restassured.specification.RequestSpecification request, int status, String code, String detail) {
        ValidatableResponse response = request.when().get("/openapi/svc/list").then();
        response.statusCode(status).contentType(containsString("xml"))
                .body(containsString("<resultCode>" + code + "</resultCode>"))
                .body(containsString(detail))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    private static List<String> idsOf(String sort) {
        return xml(keyHolder().queryParam("format", "xml").queryParam("lrgAstCd", LARGE).queryParam("mdmAstCd", MEDIUM)
                .queryParam("sort", sort)).getList("result.svcList.svc.svcId");
    }

    private static List<String> searchedIdsOf(String sort) {
        return xml(keyHolder().queryParam("format", "xml").queryParam("srhQuery", "지원").queryParam("lrgAstCd", LARGE)
                .queryParam("mdmAstCd", MEDIUM).queryParam("sort", sort)).getList("result.svcList.svc.svcId");
    }

    static List<String> search(String query) {
        return xml(keyHolder().queryParam("format", "xml").queryParam("srhQuery", query).queryParam("pageSize", "100"))
                .getList("result.svcList.svc.svcId");
    }

    private static XmlPath xml(io.restassured.specification.RequestSpecification request) {
        return new XmlPath(request.when().get("/openapi/svc/list").then().statusCode(200).extract().asString());
    }

    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                stream.forEach((Row row) -> {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell == null ? null : cell.getText()));
                    rows.add(cells);
                });
            }
        }
        return rows;
    }
}
