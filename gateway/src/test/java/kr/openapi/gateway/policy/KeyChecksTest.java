package kr.openapi.gateway.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kr.openapi.gateway.StubKeys;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyChecksTest {

    private static ValidatableResponse call(String pathAndQuery) {
        return given().urlEncodingEnabled(false).get(pathAndQuery).then();
    }

    private static String xmlCode(String code) {
        return "<resultCode>" + code + "</resultCode>";
    }

    @Test
    void noRouteIsCode12() {
        call("/no/such/api").statusCode(404).body(containsString(xmlCode("12")));
    }

    /** The catalog route answers errors as the Gov24 API did, with 200 and the code in the body (error-status=ok). */
    @Test
    void aMissingOrUnknownKeyIsCode30() {
        call("/openapi/svc/list").statusCode(200).contentType(containsString("xml"))
                .body(containsString("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><result>"))
                .body(containsString(xmlCode("30"))).body(containsString("등록되지 않은 서비스키입니다."));
        call("/openapi/svc/list?serviceKey=NoSuchKey123").statusCode(200).body(containsString(xmlCode("30")));
        call("/openapi/svc/list?serviceKey=").statusCode(200).body(containsString(xmlCode("30")));
    }

    @Test
    void theKeyIsAcceptedRawPercentEncodedInAHeaderOrAsInfuserButNotDoubleEncoded() {
        StubKeys.Key key = StubKeys.active("public-service-catalog", 100);
        String plusKey = key.value().substring(0, 40) + "+/=AB";
        StubKeys.Key special = StubKeys.publish(new StubKeys.Key(String.valueOf(Integer.parseInt(key.keyId()) + 50_000), plusKey,
                key.product(), "ACTIVE", key.expiresOn(), key.ips(), 100));
        StubKeys.publish(key);

        call("/openapi/svc/list?serviceKey=" + key.value()).statusCode(200).body("path", equalTo("/openapi/svc/list"));
        call("/openapi/svc/list?serviceKey=" + special.value()).statusCode(200).body("path", equalTo("/openapi/svc/list"));
        String encoded = URLEncoder.encode(special.value(), StandardCharsets.UTF_8);
        call("/openapi/svc/list?pageNo=1&serviceKey=" + encoded).statusCode(200).body("path", equalTo("/openapi/svc/list"));
        call("/openapi/svc/list?serviceKey=" + encoded.replace("%", "%25")).statusCode(200).body(containsString(xmlCode("30")));
        given().header("X-Service-Key", key.value()).get("/openapi/svc/list")
                .then().statusCode(200).body("path", equalTo("/openapi/svc/list"));
        given().header("Authorization", "Infuser " + key.value()).get("/openapi/svc/list")
                .then().statusCode(200).body("path", equalTo("/openapi/svc/list"));
    }

    @Test
    void theKeyParameterIsReadInAnyCaseAndNoSpellingOfItIsForwarded() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        for (String name : List.of("ServiceKey", "SERVICEKEY", "servicekey")) {
            call("/openapi/svc/list?format=xml&" + name + "=" + key.value() + "&pageNo=1").statusCode(200)
                    .body("path", equalTo("/openapi/svc/list")).body("query", equalTo("format=xml&pageNo=1"));
        }
        call("/openapi/svc/list?serviceKey=" + key.value() + "&ServiceKey=other").statusCode(200).body("query", nullValue());
    }

    @Test
    void suspendedExpiredAndOtherProductKeysAreRefusedWithTheirCodes() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        StubKeys.publish(key.with("SUSPENDED"));
        call("/openapi/svc/list?serviceKey=" + key.value()).statusCode(200).body(containsString(xmlCode("21")));
        StubKeys.publish(key.with("ACTIVE"));
        call("/openapi/svc/list?serviceKey=" + key.value()).statusCode(200).body("path", equalTo("/openapi/svc/list"));
        StubKeys.publish(key.with("REVOKED"));
        call("/openapi/svc/list?serviceKey=" + key.value()).statusCode(200).body(containsString(xmlCode("30")));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        StubKeys.Key lastDay = StubKeys.active("public-service-catalog", 100);
        StubKeys.publish(new StubKeys.Key(lastDay.keyId(), lastDay.value(), lastDay.product(), "ACTIVE", today, lastDay.ips(), 100));
        call("/openapi/svc/list?serviceKey=" + lastDay.value()).statusCode(200).body("path", equalTo("/openapi/svc/list"));
        StubKeys.publish(new StubKeys.Key(lastDay.keyId(), lastDay.value(), lastDay.product(), "ACTIVE", today.minusDays(1), lastDay.ips(), 100));
        call("/openapi/svc/list?serviceKey=" + lastDay.value()).statusCode(200).body(containsString(xmlCode("31")));

        StubKeys.Key evKey = StubKeys.publish(StubKeys.active("ev-charger", 100));
        call("/openapi/svc/list?serviceKey=" + evKey.value()).statusCode(200).body(containsString(xmlCode("20")));
        call("/ev/getChargerInfo?serviceKey=" + evKey.value()).statusCode(200);
    }

    @Test
    void callersOutsideTheKeysAddressesAreCode32AndForgedForwardedForIsIgnored() {
        StubKeys.Key elsewhere = StubKeys.publish(StubKeys.active("public-service-catalog", 100, "203.0.113.0/24", "2001:db8::/32"));
        call("/openapi/svc/list?serviceKey=" + elsewhere.value()).statusCode(200)
                .body(containsString(xmlCode("32"))).body(containsString("127.0.0.1"));
        given().header("X-Forwarded-For", "203.0.113.9").get("/openapi/svc/list?serviceKey=" + elsewhere.value())
                .then().statusCode(200).body(containsString(xmlCode("32")));
        StubKeys.Key block = StubKeys.publish(StubKeys.active("public-service-catalog", 100, "127.0.0.0/8"));
        call("/openapi/svc/list?serviceKey=" + block.value()).statusCode(200).body("path", equalTo("/openapi/svc/list"));
    }

    @Test
    void routesWithoutAKeyPassWithoutOne() {
        call("/openapi/svc/all/list.excel").statusCode(200).body("path", equalTo("/openapi/svc/all/list.excel"));
        given().get("/portal/signup").then().statusCode(200).body("path", equalTo("/portal/signup"));
        given().get("/aio365/api/vehicle").then().statusCode(401).body(containsString(xmlCode("30")));
        given().get("/platform/management/cell").then().statusCode(401).body("status", equalTo(401));
        given().get("/driver/v1/getToken").then().statusCode(401).body("resBizCode", equalTo("G030"));
        given().get("/driver/consent/some-token").then().statusCode(200).body("path", equalTo("/driver/consent/some-token"));
    }
}
