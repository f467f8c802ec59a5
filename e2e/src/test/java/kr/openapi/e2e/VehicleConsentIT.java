package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An institution's integration through the packaged gateway, as the README shows it: staff register the institution
 * of a member holding a vehicle-info key; the owner of the suite's sample car (12가3456, 홍길동, from the synthetic
 * registry) consents on the public pages (the session cookie and forms pass the gateway); the institution's key reads
 * the data, another member's key does not, and the owner's withdrawal stops the next call.
 */
class VehicleConsentIT {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern WITHDRAW = Pattern.compile("/aio365/provide/withdraw/[A-Za-z0-9_-]{43}");

    private static RunningServices services;
    private static SuiteEnvironment environment;
    private static PortalClient portal;

    @BeforeAll
    static void startSuite() throws Exception {
        services = new RunningServices();
        environment = services.environment;
        portal = new PortalClient(environment.urlOf(SuiteService.GATEWAY));
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.VEHICLE_CONSENT, SuiteService.GATEWAY)) {
            services.start(service, (started, env) -> {
            });
        }
    }

    @AfterAll
    static void stopSuite() {
        if (services != null) {
            services.close();
        }
    }

    private static String gateway() {
        return environment.urlOf(SuiteService.GATEWAY);
    }

    private static String csrf(Response page) {
        Matcher matcher = CSRF.matcher(page.asString());
        assertThat(matcher.find()).as(page.asString()).isTrue();
        return matcher.group(1);
    }

    private static Response step(String cookie, String csrf, String path, Map<String, String> fields) {
        return given().baseUri(gateway()).cookie("AIO365_SESSION", cookie).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf).formParams(fields).post("/aio365/provide/" + path);
    }

    private static Response vehicle(String key) {
        return given().baseUri(gateway()).queryParam("serviceKey", key).queryParam("insttCode", "E2EINST")
                .queryParam("carRegNo", "12가3456").queryParam("_type", "json").get("/aio365/api/vehicle");
    }

    @Test
    void anOwnerConsentsThroughTheGatewayAndTheInstitutionReadsUntilWithdrawn() throws Exception {
        String admin = portal.admin();
        String member = portal.signUp("e2einstitution", "한빛캐피탈", "010-7777-8888");
        String key = portal.keyFor(member, admin, "vehicle-info", 1_000);
        String otherKey = portal.keyFor(portal.signUp("e2eother", "다른기관", "010-7777-9999"), admin, "vehicle-info", 1_000);
        Number memberId = given().baseUri(gateway()).auth().oauth2(member).get("/api/v1/members/me").then().statusCode(200)
                .extract().path("id");

        var asAdmin = given().baseUri(gateway()).auth().oauth2(admin).contentType(ContentType.JSON).accept(ContentType.JSON);
        asAdmin.body(Map.of("insttCode", "E2EINST", "insttNm", "한빛캐피탈", "siteURL", "https://car.hanbit.example",
                "memberId", memberId.toString())).post("/admin/consent/institutions").then().statusCode(201);
        String secret = given().baseUri(gateway()).auth().oauth2(admin).post("/admin/consent/institutions/E2EINST/secret")
                .then().statusCode(200).extract().path("secret");
        String svcCode = given().baseUri(gateway()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("svcNm", "자동차 소유관계 확인 활용", "items", List.of("VEHICLE_BASIC")))
                .post("/admin/consent/institutions/E2EINST/services").then().statusCode(201).extract().path("svcCode");

        String timeStamp = LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("E2EINST" + timeStamp + secret).getBytes(StandardCharsets.UTF_8)));
        Response entry = given().baseUri(gateway()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("hashValue", hash, "timeStamp", timeStamp, "svcCodeArr", svcCode, "svcType", "N",
                        "returnURLA", "https://car.hanbit.example/agreed"))
                .post("/aio365/provide/ProvideContent.do");
        entry.then().statusCode(200).body(containsString("첨부형 API 제공 동의"));
        String cookie = entry.getCookie("AIO365_SESSION");
        String csrf = csrf(entry);

        step(cookie, csrf, "owner", Map.of("carOwner", "홍길동", "carRegNo", "12가3456")).then().statusCode(200);
        step(cookie, csrf, "carrier", Map.of("carrier", "SKT")).then().statusCode(200);
        step(cookie, csrf, "identity", Map.of("name", "홍길동", "nationality", "L", "birthDate", "19890427", "sex", "M",
                "phone", "01012345678", "agreeAll", "Y")).then().statusCode(200);
        step(cookie, csrf, "code", Map.of("code", "191919")).then().statusCode(200)
                .body(containsString("***3456")).body(containsString("공단차")).body(containsString("2019.07.05"));
        Response done = step(cookie, csrf, "consent", Map.of("svcCode", svcCode, "decision", "agree"));
        done.then().statusCode(200).body(containsString("https://car.hanbit.example/agreed"));
        Matcher withdraw = WITHDRAW.matcher(done.asString());
        assertThat(withdraw.find()).isTrue();

        PortalClient.eventually(() -> vehicle(key), 200).then().body("resultCode", equalTo("00"))
                .body("vehicle.carName", equalTo("공단차"))
                .body("services.service[0].items.VEHICLE_BASIC.modelYear", equalTo("2019"));
        // The other key was issued a moment ago: the gateway has it once the key feed has (within 5 s).
        PortalClient.eventually(() -> vehicle(otherKey), 403).then().body("resultCode", equalTo("20"));

        given().baseUri(gateway()).post(withdraw.group()).then().statusCode(200).body(containsString("동의를 철회했습니다"));
        vehicle(key).then().statusCode(403).body("resultCode", equalTo("20"));
    }
}
