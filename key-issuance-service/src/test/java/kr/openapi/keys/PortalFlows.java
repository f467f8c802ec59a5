package kr.openapi.keys;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The portal's steps as a client performs them, for tests that need a member, an application or a key. */
public final class PortalFlows {

    public static final String PASSWORD = "Secret!pw1";
    public static final String ADMIN_LOGIN = "admin";
    public static final String ADMIN_PASSWORD = "Test!admin1";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PortalFlows() {
    }

    /** A fresh login id, unique within the test run. */
    public static String newLoginId(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + (System.nanoTime() % 100_000);
    }

    public static Map<String, Object> signUpForm(String loginId) {
        return Map.of("loginId", loginId, "password", PASSWORD, "name", "홍길동", "phone1", "010", "phone2", "1234",
                "phone3", "5678", "email", loginId + "@example.com", "address", "서울 송파구 양재대로71길 20-18",
                "addressDetail", "스마트그리드빌딩 3층");
    }

    /** Signs up a new member and returns their access token. */
    public static String newMember(String prefix) {
        String loginId = newLoginId(prefix);
        given().contentType(ContentType.JSON).body(signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        return login(loginId, PASSWORD);
    }

    public static String login(String loginId, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    public static String admin() {
        return login(ADMIN_LOGIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static long apply(String token, String product, List<String> ips) {
        Number id = as(token).body(Map.of("product", product, "accessIps", ips, "reason", "테스트 신청입니다."))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** Approves as the admin and returns the new key's id. */
    public static long approve(long applicationId, Integer dailyQuota) {
        Number keyId = as(admin()).body(dailyQuota == null ? Map.of() : Map.of("dailyQuota", dailyQuota))
                .post("/api/v1/admin/applications/" + applicationId + "/approve")
                .then().statusCode(200).extract().path("keys[0].id");
        return keyId.longValue();
    }
}
