package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway, key-issuance-service and public-service-catalog on one embedded PostgreSQL, on ports
 * 18080-18085 (so a running ./suite is no obstacle): a member signs up and applies for the catalog, the admin
 * approves with a quota of 3, and a client calls the catalog through the gateway with the key.
 */
class SuiteEndToEndIT {

    private static RunningServices services;
    private static SuiteEnvironment environment;
    private static PortalClient portal;

    @BeforeAll
    static void startSuite() throws Exception {
        services = new RunningServices();
        environment = services.environment;
        portal = new PortalClient(environment.urlOf(SuiteService.GATEWAY));
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.PUBLIC_SERVICE_CATALOG, SuiteService.DRIVER_INSURANCE,
                SuiteService.GATEWAY)) {
            services.start(service, (started, env) -> {
                // The test client stands behind the gateway as a proxy would, to call from other addresses.
                env.put("GATEWAY_TRUSTED_PROXIES", "127.0.0.1/32,::1/128");
                env.put("GATEWAY_USAGE_REPORT_INTERVAL", "PT1S");
                // A small generated catalogue beside the guide's own services: real data, quick to load.
                env.put("CATALOG_SAMPLE_SERVICES", "300");
            });
        }
    }

    @AfterAll
    static void stopSuite() {
        if (services != null) {
            services.close();
        }
    }

    private static RequestSpecification gateway() {
        return portal.gateway();
    }

    private static String resultCode(String code) {
        return "<resultCode>" + code + "</resultCode>";
    }

    @Test
    void aMemberGetsAKeyAndCallsTheCatalogThroughTheGateway() {
        gateway().get("/portal/").then().statusCode(200).body(containsString("API 목록"));

        String member = portal.signUp("e2euser", "홍길동", "010-1234-5678");
        Number applicationId = portal.apply(member, "public-service-catalog");

        String admin = portal.admin();
        gateway().auth().oauth2(member).get("/api/v1/admin/applications").then().statusCode(403);
        Number keyId = gateway().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("dailyQuota", 3))
                .post("/api/v1/admin/applications/" + applicationId + "/approve").then().statusCode(200)
                .extract().path("keys[0].id");
        String serviceKey = gateway().auth().oauth2(member).get("/api/v1/keys").then().statusCode(200)
                .extract().path("[0].serviceKey");

        // Known to the gateway within 5 s of approval; the first served call. The catalog route answers its errors
        // with 200 as the Gov24 API does, so success is told by the result code.
        Response first = PortalClient.eventually(() -> gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey), 200,
                response -> response.asString().contains(resultCode("00")));
        assertThat(first.asString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><result><resultCode>00</resultCode>")
                .contains("<orgClsName>시군구</orgClsName>");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("2");

        gateway().header("X-Forwarded-For", "203.0.113.5").get("/openapi/org/cls/code?serviceKey=" + serviceKey)
                .then().statusCode(200).body(containsString(resultCode("32")));
        gateway().get("/openapi/org/cls/code?_type=json&serviceKey=" + serviceKey).then().statusCode(200)
                .body("resultCode", equalTo("00"));
        gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey).then().statusCode(200).body(containsString(resultCode("00")));
        gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey).then().statusCode(200)
                .body(containsString(resultCode("22"))).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        PortalClient.eventually(() -> gateway().auth().oauth2(member).get("/api/v1/keys"), 200, response -> response.path("[0].callsToday").equals(3));

        gateway().auth().oauth2(admin).post("/api/v1/admin/keys/" + keyId + "/suspend").then().statusCode(200);
        PortalClient.eventually(() -> gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey), 200,
                response -> response.asString().contains(resultCode("21")));

        given().baseUri(environment.urlOf(SuiteService.PUBLIC_SERVICE_CATALOG)).get("/openapi/org/cls/code").then().statusCode(401);
        given().baseUri(environment.urlOf(SuiteService.KEY_ISSUANCE)).get("/internal/v1/keys").then().statusCode(401);
        given().baseUri(environment.urlOf(SuiteService.PUBLIC_SERVICE_CATALOG)).get("/q/health/ready").then().statusCode(200);
    }

    /** The README's driver insurance session, as a dispatch system and a driver go through it. */
    @Test
    void aDrivingCompanyChecksItsDriversInsuranceThroughTheGateway() throws Exception {
        Map<String, String> demo = environment.readDemoCredentials(SuiteService.DRIVER_INSURANCE);
        String admin = portal.admin();
        String serviceKey = portal.keyFor(portal.signUp("e2edriver", "배차담당", "010-2222-3333"), admin, "driver-insurance", 1000);
        String path = "/driver/v1/%s?serviceKey=" + serviceKey;
        Map<String, String> driver = Map.of("driverName", "김민준", "registerNo", "7001011", "phone", "01090000001");
        java.util.function.BiFunction<String, String, String> token = (code, seq) -> gateway().contentType(ContentType.JSON)
                .body(Map.of("clientKey", demo.get("clientKey"), "clientSecurity", demo.get("clientSecurity"), "appBizCode", "1112255555",
                        "bizSeqNo", seq, "reqDate", "20261204120000", "reqBizCode", code))
                .post(String.format(path, "getToken")).then().statusCode(200).extract().path("accessToken");
        String first = PortalClient.eventually(() -> gateway().contentType(ContentType.JSON).body(Map.of("clientKey", demo.get("clientKey"),
                        "clientSecurity", demo.get("clientSecurity"), "appBizCode", "1112255555", "bizSeqNo", "E2E-0", "reqDate",
                        "20261204120000", "reqBizCode", "D1")).post(String.format(path, "getToken")), 200,
                response -> response.path("accessToken") != null).path("accessToken");

        gateway().contentType(ContentType.JSON).body(Map.of("clientKey", demo.get("clientKey"), "bizCode", "2208800767", "bizName", "바른대리운전",
                        "accessToken", first, "bizSeqNo", "E2E-0", "reqCount", "1", "reqDate", "20261204120001", "reqList", List.of(driver)))
                .post(String.format(path, "insDriver")).then().statusCode(200).body("resList[0].resBizCode", equalTo("0000"));
        String link = gateway().auth().oauth2(admin).get("/admin/driver/consent-requests?bizCode=2208800767&status=PENDING")
                .then().statusCode(200).extract().path("items[0].consentUrl");
        gateway().get(link).then().statusCode(200).body(containsString("바른대리운전"));
        gateway().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("decision", "agree").post(link)
                .then().statusCode(303).header("Location", link + "?decided=1");

        gateway().contentType(ContentType.JSON).body(Map.of("clientKey", demo.get("clientKey"), "bizCode", "2208800767",
                        "accessToken", token.apply("D4", "E2E-1"), "bizSeqNo", "E2E-1", "reqCount", "1", "reqDate", "20261204120002",
                        "reqList", List.of(driver)))
                .post(String.format(path, "findInsurance")).then().statusCode(200)
                .body("resList[0].resBizCode", equalTo("0000")).body("resList[0].insList[0].asEnrollYn", equalTo("Y"))
                .body("resList[0].insList[0].asInsuranceNo", equalTo("08-D000000000000"))
                .body("resList[0].insList[0].insuranceNo", equalTo("09-D000000000000"));

        // The gateway's own refusals speak the protocol too.
        gateway().contentType(ContentType.JSON).body("{}").post("/driver/v1/getToken?serviceKey=unknown").then().statusCode(401)
                .body("resBizCode", equalTo("G030"));
    }

    @Test
    void anAdminImportsTheCatalogueAndADeveloperSearchesItThroughTheGateway() {
        String admin = portal.admin();
        String csv = "svcId,svcNm,svcEditDt,jrsdDptAllNm,lrgAstCd,mdmAstCd\n"
                + "E2E000000001,해녀 잠수복 지원,2025-07-01,제주특별자치도 해양수산국 해양산업과,090000,090200\n";
        gateway().contentType("text/csv; charset=UTF-8").body(csv).post("/admin/catalog/services")
                .then().statusCode(401);
        gateway().auth().oauth2(admin).contentType("text/csv; charset=UTF-8").body(csv).post("/admin/catalog/services")
                .then().statusCode(200).body("inserted", equalTo(1));

        String member = portal.signUp("e2esearch", "김검색", "010-2345-6789");
        Number applicationId = portal.apply(member, "public-service-catalog");
        gateway().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/admin/applications/" + applicationId + "/approve").then().statusCode(200);
        String serviceKey = gateway().auth().oauth2(member).get("/api/v1/keys").then().statusCode(200)
                .extract().path("[0].serviceKey");

        Response search = PortalClient.eventually(() -> gateway().get("/openapi/svc/list?format=xml&srhQuery=%ED%95%B4%EB%85%80&serviceKey="
                + serviceKey), 200, response -> response.asString().contains(resultCode("00")));
        assertThat(search.asString()).contains("<totalCount>1</totalCount>").contains("<svcId>E2E000000001</svcId>");
        gateway().get("/openapi/svc/list?format=json&srhQuery=%EA%B2%B0%ED%95%B5&serviceKey=" + serviceKey).then().statusCode(200)
                .body("svcList.svc.svcId", org.hamcrest.Matchers.hasItems("SD0000000151", "SD0000000152"));
        gateway().get("/openapi/svc?format=xml&svcId=SD0000000250&serviceKey=" + serviceKey).then().statusCode(200)
                .body(containsString("<svcNm>저소득노인건강검진</svcNm>"));
        gateway().get("/openapi/svc/list?format=xml").then().statusCode(200).body(containsString(resultCode("30")));
        // The full list needs no key.
        gateway().get("/openapi/svc/all/list.excel").then().statusCode(200)
                .contentType(containsString("spreadsheetml"));
    }
}
