package kr.openapi.keys.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.Map;
import kr.openapi.keys.PortalFlows;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject
    JWTParser parser;

    @Test
    void loginGivesATokenShapedLikeTheGatewaysInternalOnes() throws Exception {
        String loginId = PortalFlows.newLoginId("tok");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body(Map.of("loginId", loginId, "password", PortalFlows.PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", greaterThan(0))
                .body("roles", containsInAnyOrder("member"))
                .extract().path("accessToken");
        JsonWebToken jwt = parser.parse(token);
        assertThat(jwt.getName()).isEqualTo(loginId);
        assertThat(jwt.getSubject()).matches("\\d+");
        assertThat(jwt.getGroups()).containsExactly("member");

        given().contentType(ContentType.JSON).body(Map.of("loginId", "admin", "password", PortalFlows.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).body("roles", containsInAnyOrder("member", "admin"));
    }

    @Test
    void unknownIdsAndWrongPasswordsGetTheSameAnswer() {
        attempt("nobody-here", "Whatever!1").statusCode(401).body("resultCode", equalTo("20"))
                .body("resultDetail", equalTo("아이디 또는 비밀번호가 올바르지 않습니다"));
        String loginId = PortalFlows.newLoginId("wrong");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        attempt(loginId, "Whatever!1").statusCode(401).body("resultDetail", equalTo("아이디 또는 비밀번호가 올바르지 않습니다"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String loginId = PortalFlows.newLoginId("guess");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        for (int i = 1; i <= 4; i++) {
            attempt(loginId, "Guess!" + i + "abc").statusCode(401);
        }
        attempt(loginId, "Guess!5abc").statusCode(429).body("resultCode", equalTo("22"))
                .header("Retry-After", "600").body("resultDetail", containsString("잠겼습니다"));
        attempt(loginId, PortalFlows.PASSWORD).statusCode(429).body("resultCode", equalTo("22"));
    }

    private static ValidatableResponse attempt(String loginId, String password) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("loginId", loginId, "password", password)).post("/api/v1/auth/login").then();
    }
}
