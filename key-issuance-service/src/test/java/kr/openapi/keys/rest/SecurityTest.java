package kr.openapi.keys.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.openapi.deploy.testing.TestTokens;
import kr.openapi.keys.PortalFlows;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    @Test
    void memberEndpointsNeedAValidToken() {
        given().accept(ContentType.JSON).get("/api/v1/keys").then().statusCode(401).body("resultCode", equalTo("33"));
        for (String token : new String[] {TestTokens.wrongIssuer("1", "member"), TestTokens.expired("1", "member"),
                TestTokens.tampered("1"), "not.a.jwt"}) {
            given().accept(ContentType.JSON).auth().oauth2(token).get("/api/v1/keys")
                    .then().statusCode(401).body("resultCode", equalTo("33"));
        }
    }

    @Test
    void aCallerWhoIsNotSignedInIsAnswered401InJsonEvenThroughTheGateway() {
        // Through the gateway, a portal call without a login carries the gateway's anonymous token.
        for (String path : new String[] {"/api/v1/keys", "/api/v1/members/me", "/api/v1/admin/applications"}) {
            given().auth().oauth2(TestTokens.anonymous()).get(path)
                    .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                    .contentType(containsString("json")).body("resultCode", equalTo("33"));
        }
        given().get("/api/v1/keys").then().statusCode(401).contentType(containsString("json"));
    }

    @Test
    void membersCannotUseAdminEndpoints() {
        String member = PortalFlows.newMember("nosy");
        PortalFlows.as(member).get("/api/v1/admin/applications").then().statusCode(403).body("resultCode", equalTo("20"));
        PortalFlows.as(member).post("/api/v1/admin/keys/1/suspend").then().statusCode(403);
        given().accept(ContentType.JSON).auth().oauth2(TestTokens.tampered("1")).get("/api/v1/admin/applications")
                .then().statusCode(401);
    }

    @Test
    void theFeedIsForTheGatewayOnly() {
        given().accept(ContentType.JSON).get("/internal/v1/keys").then().statusCode(401).body("resultCode", equalTo("33"));
        PortalFlows.as(PortalFlows.admin()).get("/internal/v1/keys").then().statusCode(403);
        given().accept(ContentType.JSON).auth().oauth2(TestTokens.valid("gateway", "gateway", "gateway"))
                .get("/internal/v1/keys").then().statusCode(200);
    }
}
