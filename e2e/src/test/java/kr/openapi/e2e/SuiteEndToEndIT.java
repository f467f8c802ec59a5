package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    private static final String ADMIN = RunningServices.ADMIN;
    private static final String ADMIN_PASSWORD = RunningServices.ADMIN_PASSWORD;

    private static RunningServices services;
    private static SuiteEnvironment environment;

    @BeforeAll
    static void startSuite() throws Exception {
        services = new RunningServices();
        environment = services.environment;
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.PUBLIC_SERVICE_CATALOG, SuiteService.GATEWAY)) {
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
        return given().baseUri(environment.urlOf(SuiteService.GATEWAY)).urlEncodingEnabled(false);
    }

    private static String login(String loginId, String password) {
        return gateway().contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    /** A new member, signed up and logged in through the gateway; returns the member's token. */
    private static String signUp(String loginId, String name, String phone) {
        gateway().contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", "Secret!pw1", "name", name,
                        "phone", phone, "email", loginId + "@example.com", "address", "서울"))
                .post("/api/v1/members").then().statusCode(201);
        return login(loginId, "Secret!pw1");
    }

    /** The member applies for the catalogue, to be called from this machine; returns the application id. */
    private static Number applyForTheCatalog(String member) {
        return gateway().auth().oauth2(member).contentType(ContentType.JSON)
                .body(Map.of("product", "public-service-catalog", "accessIps", List.of("127.0.0.1", "::1"), "reason", "e2e"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMemberGetsAKeyAndCallsTheCatalogThroughTheGateway() {
        gateway().get("/portal/").then().statusCode(200).body(containsString("API 목록"));

        String member = signUp("e2euser", "홍길동", "010-1234-5678");
        Number applicationId = applyForTheCatalog(member);

        String admin = login(ADMIN, ADMIN_PASSWORD);
        gateway().auth().oauth2(member).get("/api/v1/admin/applications").then().statusCode(403);
        Number keyId = gateway().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("dailyQuota", 3))
                .post("/api/v1/admin/applications/" + applicationId + "/approve").then().statusCode(200)
                .extract().path("keys[0].id");
        String serviceKey = gateway().auth().oauth2(member).get("/api/v1/keys").then().statusCode(200)
                .extract().path("[0].serviceKey");

        // Known to the gateway within 5 s of approval; the first served call.
        Response first = eventually(() -> gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey), 200);
        assertThat(first.asString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><result><resultCode>00</resultCode>")
                .contains("<orgClsName>시군구</orgClsName>");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("2");

        gateway().header("X-Forwarded-For", "203.0.113.5").get("/openapi/org/cls/code?serviceKey=" + serviceKey)
                .then().statusCode(403).body(containsString("<resultCode>32</resultCode>"));
        gateway().get("/openapi/org/cls/code?_type=json&serviceKey=" + serviceKey).then().statusCode(200)
                .body("resultCode", equalTo("00"));
        gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey).then().statusCode(200);
        gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey).then().statusCode(429)
                .body(containsString("<resultCode>22</resultCode>")).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        eventually(() -> gateway().auth().oauth2(member).get("/api/v1/keys"), 200, response -> response.path("[0].callsToday").equals(3));

        gateway().auth().oauth2(admin).post("/api/v1/admin/keys/" + keyId + "/suspend").then().statusCode(200);
        eventually(() -> gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey), 403);
        gateway().get("/openapi/org/cls/code?serviceKey=" + serviceKey).then().body(containsString("<resultCode>21</resultCode>"));

        given().baseUri(environment.urlOf(SuiteService.PUBLIC_SERVICE_CATALOG)).get("/openapi/org/cls/code").then().statusCode(401);
        given().baseUri(environment.urlOf(SuiteService.KEY_ISSUANCE)).get("/internal/v1/keys").then().statusCode(401);
        given().baseUri(environment.urlOf(SuiteService.PUBLIC_SERVICE_CATALOG)).get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anAdminImportsTheCatalogueAndADeveloperSearchesItThroughTheGateway() {
        String admin = login(ADMIN, ADMIN_PASSWORD);
        String csv = "svcId,svcNm,svcEditDt,jrsdDptAllNm,lrgAstCd,mdmAstCd\n"
                + "E2E000000001,해녀 잠수복 지원,2025-07-01,제주특별자치도 해양수산국 해양산업과,090000,090200\n";
        gateway().contentType("text/csv; charset=UTF-8").body(csv).post("/admin/catalog/services")
                .then().statusCode(401);
        gateway().auth().oauth2(admin).contentType("text/csv; charset=UTF-8").body(csv).post("/admin/catalog/services")
                .then().statusCode(200).body("inserted", equalTo(1));

        String member = signUp("e2esearch", "김검색", "010-2345-6789");
        Number applicationId = applyForTheCatalog(member);
        gateway().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/admin/applications/" + applicationId + "/approve").then().statusCode(200);
        String serviceKey = gateway().auth().oauth2(member).get("/api/v1/keys").then().statusCode(200)
                .extract().path("[0].serviceKey");

        Response search = eventually(() -> gateway().get("/openapi/svc/list?format=xml&srhQuery=%ED%95%B4%EB%85%80&serviceKey=" + serviceKey), 200);
        assertThat(search.asString()).contains("<totalCount>1</totalCount>").contains("<svcId>E2E000000001</svcId>");
        gateway().get("/openapi/svc/list?format=json&srhQuery=%EA%B2%B0%ED%95%B5&serviceKey=" + serviceKey).then().statusCode(200)
                .body("svcList.svc.svcId", org.hamcrest.Matchers.hasItems("SD0000000151", "SD0000000152"));
        gateway().get("/openapi/svc?format=xml&svcId=SD0000000250&serviceKey=" + serviceKey).then().statusCode(200)
                .body(containsString("<svcNm>저소득노인건강검진</svcNm>"));
        gateway().get("/openapi/svc/list?format=xml").then().statusCode(401);
        // The full list needs no key.
        gateway().get("/openapi/svc/all/list.excel").then().statusCode(200)
                .contentType(containsString("spreadsheetml"));
    }

    private static Response eventually(Supplier<Response> call, int status) {
        return eventually(call, status, response -> true);
    }

    private static Response eventually(Supplier<Response> call, int status, java.util.function.Predicate<Response> also) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            Response response = call.get();
            if (response.statusCode() == status && also.test(response)) {
                return response;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + status + " within 5 s; last: " + response.statusCode() + " " + response.asString());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
