package kr.openapi.gateway.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.deploy.testing.TestTokens;
import kr.openapi.gateway.StubKeys;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaAndDialectsTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void theFourthCallOfAQuotaOfThreeIsCode22UntilMidnightInSeoulAndIsNotCounted() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("ev-charger", 3));
        for (int i = 1; i <= 3; i++) {
            given().get("/ev/getChargerInfo?serviceKey=" + key.value()).then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(3 - i));
        }
        long expectedReset = Duration.between(ZonedDateTime.now(ZoneId.of("Asia/Seoul")),
                ZonedDateTime.now(ZoneId.of("Asia/Seoul")).toLocalDate().plusDays(1).atStartOfDay(ZoneId.of("Asia/Seoul"))).toSeconds();
        Response refused = given().get("/ev/getChargerInfo?serviceKey=" + key.value());
        refused.then().statusCode(429).body(containsString("<returnReasonCode>22</returnReasonCode>"))
                .header("RateLimit-Remaining", "0").header("RateLimit-Limit", "3");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(expectedReset - 5, expectedReset + 1);
        assertThat(refused.header("RateLimit-Reset")).isEqualTo(refused.header("Retry-After"));
        given().get("/ev/getChargerInfo?serviceKey=" + key.value()).then().statusCode(429);

        given().auth().oauth2(TestTokens.valid("1", "admin", "member", "admin")).get("/admin/gateway/quotas/" + key.keyId())
                .then().statusCode(200).body("calls", equalTo(3));
    }

    @Test
    void onTheCatalogRouteAQuotaRefusalIs200WithCode22AsTheGov24ApiAnswers() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 1));
        given().get("/openapi/svc/list?serviceKey=" + key.value()).then().statusCode(200).body("path", equalTo("/openapi/svc/list"));
        given().get("/openapi/svc/list?serviceKey=" + key.value()).then().statusCode(200)
                .body(containsString("<resultCode>22</resultCode>")).header("Retry-After", notNullValue());
    }

    @Test
    void anUpstreamsErrorStatusIs200OnTheCatalogRouteAndKeptElsewhere() {
        StubKeys.Key catalog = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        given().get("/openapi/status?code=404&serviceKey=" + catalog.value()).then().statusCode(200).body("status", equalTo(404));
        StubKeys.Key ev = StubKeys.publish(StubKeys.active("ev-charger", 100));
        given().get("/ev/status?code=404&serviceKey=" + ev.value()).then().statusCode(404).body("status", equalTo(404));
        given().get("/ev/status?code=200&serviceKey=" + ev.value()).then().statusCode(200);
    }

    @Test
    void aServiceRefusingARequestsSizeWithNoBodyIsAnsweredInTheRoutesDialect() {
        StubKeys.Key driver = StubKeys.publish(StubKeys.active("driver-insurance", 100));
        given().get("/driver/v1/bare-status?code=413&serviceKey=" + driver.value()).then().statusCode(413)
                .body("resBizCode", equalTo("G004")).body("resBizMessage", containsString("Request Entity Too Large"));
        StubKeys.Key catalog = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        given().get("/openapi/bare-status?code=431&serviceKey=" + catalog.value()).then().statusCode(200)
                .body(containsString("<resultCode>04</resultCode>"));
        // Any other bodiless answer is the service's own, passed on as it is.
        given().get("/driver/v1/bare-status?code=404&serviceKey=" + driver.value()).then().statusCode(404)
                .header("Content-Length", "0");
    }

    @Test
    void aLocationOnTheServiceIsAnsweredAsAPathOnTheGateway() {
        given().redirects().follow(false).get("/ev/public/created").then().statusCode(201).header("Location", "/api/v1/members/me");
        given().redirects().follow(false).get("/ev/public/created?elsewhere=1").then().statusCode(201)
                .header("Location", "https://elsewhere.example/x");
    }

    @Test
    void sixtyFourConcurrentClientsGetExactlyTheQuotaOf500() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("ev-charger", 500));
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        URI target = base.resolve("/ev/getChargerInfo?serviceKey=" + key.value());
        AtomicInteger served = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 64; client++) {
            work.add(clients.submit(() -> {
                for (int call = 0; call < 10; call++) {
                    int status = http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 200 ? served : refused).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        clients.shutdown();
        assertThat(served.get()).isEqualTo(500);
        assertThat(refused.get()).isEqualTo(140);
    }

    @Test
    void failuresSpeakTheDialectOfTheirRouteWithTheRoutesStatus() {
        given().queryParam("_type", "json").get("/openapi/svc/list").then().statusCode(200)
                .body("resultCode", equalTo("30")).body("resultMessage", equalTo("등록되지 않은 서비스키입니다."));
        given().accept("application/json").get("/ev/getChargerInfo").then().statusCode(401)
                .body("OpenAPI_ServiceResponse.cmmMsgHeader.returnReasonCode", equalTo("30"))
                .body("OpenAPI_ServiceResponse.cmmMsgHeader.returnAuthMsg", equalTo("SERVICE_KEY_IS_NOT_REGISTERED_ERROR"));
        given().get("/ev/getChargerInfo").then().statusCode(401).contentType(containsString("xml"))
                .body(containsString("<returnReasonCode>30</returnReasonCode>"));
        given().post("/driver/v1/getToken").then().statusCode(401).contentType(containsString("json"))
                .body("resBizCode", equalTo("G030"))
                .body("resBizMessage", equalTo("등록되지 않은 서비스키입니다. serviceKey가 없습니다"))
                .body("resDate", matchesPattern("20[0-9]{12}"));
        given().get("/platform/management/operatorAPIToken").then().statusCode(401)
                .body("status", equalTo(401)).body("message", containsString("SERVICE_KEY_IS_NOT_REGISTERED_ERROR(30)"))
                .body("data", nullValue());
        given().get("/aio365/api/vehicle").then().statusCode(401).contentType(containsString("xml"))
                .body(containsString("<resultCode>30</resultCode>"));
    }

    @Test
    void theGatewayAndTheServicesChooseXmlOrJsonByOneRule() {
        // Accept with q-values: JSON preferred here, so the gateway's failure is JSON as the service's answer would be.
        given().accept("application/xml;q=0.5, application/json").get("/openapi/svc/list").then()
                .contentType(containsString("json")).body("resultCode", equalTo("30"));
        given().accept("application/json;q=0.2, application/xml;q=0.9").get("/openapi/svc/list").then()
                .contentType(containsString("xml"));
        // The portal's API is JSON when the caller names nothing; the Gov24 API is XML.
        given().get("/api/v1/admin/applications").then().statusCode(401).contentType(containsString("json"))
                .body("resultCode", equalTo("33"));
        given().get("/openapi/svc/list").then().contentType(containsString("xml"));
    }

    @Test
    void adminRoutesNeedAnAdminsPortalToken() {
        given().get("/admin/catalog/org-classes").then().statusCode(401).body(containsString("<resultCode>33</resultCode>"));
        given().auth().oauth2(TestTokens.valid("5", "kim", "member")).get("/admin/catalog/org-classes").then().statusCode(403)
                .body(containsString("<resultCode>20</resultCode>"));
        given().auth().oauth2(TestTokens.tampered("5")).get("/admin/catalog/org-classes").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("5", "admin")).get("/admin/catalog/org-classes").then().statusCode(401);
        given().auth().oauth2(TestTokens.valid("1", "admin", "member", "admin")).get("/admin/catalog/org-classes")
                .then().statusCode(200).body("path", equalTo("/admin/catalog/org-classes"));
        given().get("/api/v1/products").then().statusCode(200);
        given().auth().oauth2(TestTokens.wrongIssuer("5", "member")).get("/api/v1/keys").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }
}
