package kr.openapi.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The developer portal's steps through the gateway, as a member and an admin take them. */
final class PortalClient {

    private final String gatewayUrl;

    PortalClient(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /** A request to the gateway, its path sent as written. */
    RequestSpecification gateway() {
        return given().baseUri(gatewayUrl).urlEncodingEnabled(false);
    }

    String login(String loginId, String password) {
        return gateway().contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    String admin() {
        return login(RunningServices.ADMIN, RunningServices.ADMIN_PASSWORD);
    }

    /** A new member, signed up and logged in; returns the member's token. */
    String signUp(String loginId, String name, String phone) {
        gateway().contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", "Secret!pw1", "name", name,
                        "phone", phone, "email", loginId + "@example.com", "address", "서울"))
                .post("/api/v1/members").then().statusCode(201);
        return login(loginId, "Secret!pw1");
    }

    /** The member applies for a product, to be called from this machine; returns the application id. */
    Number apply(String member, String product) {
        return gateway().auth().oauth2(member).contentType(ContentType.JSON)
                .body(Map.of("product", product, "accessIps", List.of("127.0.0.1", "::1"), "reason", "e2e"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    /** Applies, has the admin approve with {@code dailyQuota}, and returns the member's new service key. */
    String keyFor(String member, String admin, String product, int dailyQuota) {
        Number applicationId = apply(member, product);
        Number keyId = gateway().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("dailyQuota", dailyQuota))
                .post("/api/v1/admin/applications/" + applicationId + "/approve").then().statusCode(200)
                .extract().path("keys[0].id");
        List<Map<String, Object>> keys = gateway().auth().oauth2(member).get("/api/v1/keys").then().statusCode(200)
                .extract().path("");
        return keys.stream().filter(key -> keyId.toString().equals(String.valueOf(key.get("id")))).findFirst()
                .map(key -> String.valueOf(key.get("serviceKey"))).orElseThrow();
    }

    static Response eventually(Supplier<Response> call, int status) {
        return eventually(call, status, response -> true);
    }

    /** Calls until the answer has {@code status} and passes {@code also}, for at most 5 s (the key feed's promise). */
    static Response eventually(Supplier<Response> call, int status, Predicate<Response> also) {
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
