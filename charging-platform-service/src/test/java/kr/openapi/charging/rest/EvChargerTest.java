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
    void filtersAndWrongValues() {
        keyHolder().queryParam("zcode", "99").queryParam("dataType", "JSON").get("/ev/getChargerInfo").then().statusCode(200)
                .body("totalCount", equalTo(0));
        keyHolder().queryParam("kind", "ZZ").queryParam("dataType", "JSON").get("/ev/getChargerInfo").then().statusCode(200)
                .body("totalCount", equalTo(0));
        keyHolder().queryParam("numOfRows", "10000").get("/ev/getChargerInfo").then().statusCode(400)
                .body(containsString("<resultCode>10</resultCode>"));
        keyHolder().queryParam("period", "11").get("/ev/getChargerStatus").then().statusCode(400);
        given().auth().oauth2(TestTokens.keyHolder("charging-platform")).get("/ev/getChargerInfo").then().statusCode(403);
    }
}
