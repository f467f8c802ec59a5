package kr.openapi.charging.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kr.openapi.charging.OperatorClient;
import kr.openapi.deploy.testing.TestTokens;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Korea's public EV charger API, served from what operators push, in the shapes its clients parse. */
@QuarkusTest
class EvChargerTest {

    private static RequestSpecification keyHolder() {
        return given().auth().oauth2(TestTokens.keyHolder("ev-charger"));
    }

    @Test
    void aReportedStatusIsVisibleAtOnceInBothEnvelopes() {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1", "C2");
        String statId = operator.call("GET", "/platform/management/station", null).extract().path("data.records[0].statId");
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusSeconds(5);
        operator.call("POST", "/platform/realtime/cell/status",
                OperatorClient.status("C1", 3, at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))).statusCode(200);
        String stamp = at.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));

        String xml = keyHolder().queryParam("statId", statId).get("/ev/getChargerInfo").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString();
        Assertions.assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><response><header><resultCode>00</resultCode>"
                + "<resultMsg>NORMAL SERVICE.</resultMsg><totalCount>2</totalCount><pageNo>1</pageNo><numOfRows>10</numOfRows></header>"
                + "<body><items><item><statNm>");
        XmlPath parsed = new XmlPath(xml);
        Assertions.assertThat(parsed.getString("response.body.items.item[0].chgerId")).isEqualTo("01");
        Assertions.assertThat(parsed.getString("response.body.items.item[0].stat")).isEqualTo("3");
        Assertions.assertThat(parsed.getString("response.body.items.item[0].statUpdDt")).isEqualTo(stamp);
        Assertions.assertThat(parsed.getString("response.body.items.item[0].nowTsdt")).isEqualTo(stamp);
        Assertions.assertThat(parsed.getString("response.body.items.item[0].chgerType")).isEqualTo("04");
        Assertions.assertThat(parsed.getString("response.body.items.item[0].busiId")).isEqualTo(operator.busiId);
        Assertions.assertThat(parsed.getString("response.body.items.item[0].zcode")).isEqualTo("11");
        Assertions.assertThat(parsed.getString("response.body.items.item[0].zscode")).isEqualTo("11140");
        Assertions.assertThat(parsed.getString("response.body.items.item[1].stat")).as("never reported").isEqualTo("9");

        keyHolder().queryParam("statId", statId).queryParam("dataType", "JSON").get("/ev/getChargerInfo").then().statusCode(200)
                .contentType(containsString("json")).body("resultCode", equalTo("00")).body("resultMsg", equalTo("NORMAL SERVICE."))
                .body("totalCount", equalTo(2)).body("pageNo", equalTo(1)).body("numOfRows", equalTo(10))
                .body("items.item", hasSize(2)).body("items.item[0].statNm", equalTo("서울시청 공영주차장"))
                .body("items.item[0].lat", startsWith("37.56"));

        keyHolder().queryParam("statId", statId).queryParam("dataType", "JSON").get("/ev/getChargerStatus").then().statusCode(200)
                .body("totalCount", equalTo(1)).body("items.item[0].chgerId", equalTo("01")).body("items.item[0].stat", equalTo("3"))
                .body("items.item[0].statUpdDt", equalTo(stamp));
        keyHolder().queryParam("statId", statId).queryParam("numOfRows", "1").queryParam("pageNo", "2").queryParam("dataType", "JSON")
                .get("/ev/getChargerInfo").then().body("totalCount", equalTo(2)).body("items.item", hasSize(1))
                .body("items.item[0].chgerId", equalTo("02"));
    }

    @Test
    void nearbyChargersTariffsAndProvinceStatistics() {
        OperatorClient operator = OperatorClient.onboard();
        // Two stations in Seoul about 1.1 km apart, and one in Jeju.
        operator.call("POST", "/platform/management/station", OperatorClient.station("N1")).statusCode(200);
        operator.call("POST", "/platform/management/station", OperatorClient.station("N2").replace("37.5663", "37.5763")).statusCode(200);
        operator.call("POST", "/platform/management/station", OperatorClient.station("N3").replace("37.5663", "33.4996")
                .replace("126.9779", "126.5312").replace("11140", "50110")).statusCode(200);
        operator.call("POST", "/platform/management/equipment", OperatorClient.equipment("NE1", "N1")).statusCode(200);
        operator.call("POST", "/platform/management/equipment", OperatorClient.equipment("NE2", "N2")).statusCode(200);
        operator.call("POST", "/platform/management/equipment", OperatorClient.equipment("NE3", "N3")).statusCode(200);
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("NC1", "NE1")).statusCode(200);
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("NC2", "NE2")).statusCode(200);
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("NC3", "NE3")).statusCode(200);

        // Other tests put stations on the same spot: all rows, so this operator's two are among them.
        keyHolder().queryParam("lat", "37.5660").queryParam("lng", "126.9780").queryParam("radius", "2000").queryParam("numOfRows", "9999")
                .queryParam("dataType", "JSON")
                .get("/ev/getChargerNearby").then().statusCode(200)
                .body("items.item.findAll { it.busiId == '" + operator.busiId + "' }.statNm", hasSize(2))
                .body("items.item[0].distance", equalTo("35"));
        keyHolder().queryParam("lat", "33.4996").queryParam("lng", "126.5312").queryParam("radius", "100").queryParam("dataType", "JSON")
                .get("/ev/getChargerNearby").then().body("items.item.busiId", org.hamcrest.Matchers.hasItem(operator.busiId));
        keyHolder().queryParam("lat", "91").queryParam("lng", "126").get("/ev/getChargerNearby").then().statusCode(400);

        operator.call("PUT", "/platform/management/tariff", "{\"slowMemberPrice\":295.2,\"fastMemberPrice\":347.2,"
                + "\"slowNonMemberPrice\":390,\"fastNonMemberPrice\":450}").statusCode(200).body("data", equalTo("修改成功!"));
        operator.call("PUT", "/platform/management/tariff", "{\"slowMemberPrice\":-1}").statusCode(400)
                .body("message", containsString("fastMemberPrice"));
        keyHolder().queryParam("dataType", "JSON").get("/ev/getTariffs").then().statusCode(200)
                .body("items.item.find { it.busiId == '" + operator.busiId + "' }.fastMemberPrice", equalTo("347.2"))
                .body("items.item.find { it.busiId == '" + operator.busiId + "' }.slowNonMemberPrice", equalTo("390"));
        given().queryParam("dataType", "JSON").get("/ev/public/tariffs").then().statusCode(200)
                .body("items.item.busiId", org.hamcrest.Matchers.hasItem(operator.busiId));

        given().get("/ev/public/stats").then().statusCode(200).contentType(containsString("xml"))
                .body(containsString("<zcodeNm>제주특별자치도</zcodeNm>"));
        keyHolder().queryParam("dataType", "JSON").get("/ev/getChargerStats").then().statusCode(200)
                .body("items.item.find { it.zcode == '50' }.zcodeNm", equalTo("제주특별자치도"))
                .body("items.item.find { it.zcode == '11' }.total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void statUpdDtAndPeriodFollowTheLastChangeNotTheLastReport() {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1");
        String statId = operator.call("GET", "/platform/management/station", null).extract().path("data.records[0].statId");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime changed = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusMinutes(8);
        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 3, changed.format(time))).statusCode(200);
        // The same status again, newer: a heartbeat, not a change.
        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 3, changed.plusMinutes(6).format(time)))
                .statusCode(200).body("data.accepted", equalTo(1));
        String stamp = changed.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        keyHolder().queryParam("statId", statId).queryParam("dataType", "JSON").queryParam("period", "10").get("/ev/getChargerStatus").then()
                .body("totalCount", equalTo(1)).body("items.item[0].statUpdDt", equalTo(stamp));
        keyHolder().queryParam("statId", statId).queryParam("dataType", "JSON").get("/ev/getChargerStatus").then()
                .body("totalCount", equalTo(0));
        // Offline (0) is a status like any other, even as the first report (the stored default is also 0).
        operator.network("S2", "E2", "C2");
        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C2", 0, changed.format(time))).statusCode(200);
        String statId2 = operator.call("GET", "/platform/management/station?pageSize=10", null).extract()
                .path("data.records.find { it.stationId == 'S2' }.statId");
        keyHolder().queryParam("statId", statId2).queryParam("dataType", "JSON").get("/ev/getChargerInfo").then()
                .body("items.item[0].stat", equalTo("1")).body("items.item[0].statUpdDt", equalTo(stamp));
    }

    @Test
    void thePortalsStationLookupFindsStationsByProvinceDistrictAndName() {
        OperatorClient operator = OperatorClient.onboard();
        operator.call("POST", "/platform/management/station", OperatorClient.station("L1").replace("서울시청 공영주차장", "룩업시험 100%_충전소"))
                .statusCode(200);
        operator.call("POST", "/platform/management/equipment", OperatorClient.equipment("LE1", "L1")).statusCode(200);
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("LC1", "LE1")).statusCode(200);
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("LC2", "LE1")).statusCode(200);
        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("LC2", 3, OperatorClient.now())).statusCode(200);

        given().queryParam("zscode", "11140").queryParam("q", "룩업시험").queryParam("dataType", "JSON").get("/ev/public/stations").then()
                .statusCode(200).body("resultCode", equalTo("00")).body("totalCount", equalTo(1)).body("numOfRows", equalTo(20))
                .body("items.item[0].statNm", equalTo("룩업시험 100%_충전소")).body("items.item[0].chargers.charger", hasSize(2))
                .body("items.item[0].chargers.charger[0].stat", equalTo("9")).body("items.item[0].chargers.charger[1].stat", equalTo("3"))
                .body("items.item[0].chargers.charger[1].chgerType", equalTo("04"));
        XmlPath xml = new XmlPath(given().queryParam("q", "룩업시험 100%_").get("/ev/public/stations").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString());
        Assertions.assertThat(xml.getString("response.body.items.item[0].chargers.charger[1].chgerId")).isEqualTo("02");
        // % and _ are letters here, not wildcards.
        given().queryParam("q", "룩업%험").queryParam("dataType", "JSON").get("/ev/public/stations").then().body("totalCount", equalTo(0));
        given().queryParam("zcode", "11").queryParam("dataType", "JSON").get("/ev/public/districts").then().statusCode(200)
                .body("items.item.find { it.zscode == '11140' }.zscodeNm", equalTo("중구"));
        // A keyless page does not list the whole country at once, nor take control characters.
        given().queryParam("dataType", "JSON").get("/ev/public/stations").then().statusCode(400);
        given().queryParam("q", "a").get("/ev/public/stations").then().statusCode(400);
        given().queryParam("q", "시청\u0000").urlEncodingEnabled(true).get("/ev/public/stations").then().statusCode(400);
        given().queryParam("zcode", "1").get("/ev/public/stations").then().statusCode(400);
        given().get("/ev/public/districts").then().statusCode(400);
    }

    @Test
    void filtersAndWrongValues() {
        keyHolder().queryParam("zcode", "99").queryParam("dataType", "JSON").get("/ev/getChargerInfo").then().statusCode(200)
                .body("totalCount", equalTo(0));
        keyHolder().queryParam("kind", "ZZ").queryParam("dataType", "JSON").get("/ev/getChargerInfo").then().statusCode(200)
                .body("totalCount", equalTo(0));
        // A wrong value answers in the API's own header, where its clients read every answer's code.
        String refused = keyHolder().queryParam("numOfRows", "10000").get("/ev/getChargerInfo").then().statusCode(400)
                .contentType(containsString("xml")).extract().asString();
        Assertions.assertThat(refused).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<response><header><resultCode>10</resultCode><resultMsg>INVALID_REQUEST_PARAMETER_ERROR: ").contains("numOfRows");
        keyHolder().queryParam("period", "11").queryParam("dataType", "JSON").get("/ev/getChargerStatus").then().statusCode(400)
                .contentType(containsString("json")).body("resultCode", equalTo("10"))
                .body("resultMsg", containsString("INVALID_REQUEST_PARAMETER_ERROR")).body("items", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.keyHolder("charging-platform")).get("/ev/getChargerInfo").then().statusCode(403);
    }
}
