package kr.openapi.deploy.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every service refuses calls that did not come through the gateway: without the gateway's internal token, or with
 * a token that is expired, tampered or from another issuer, the answer is 401; health and metrics stay open.
 * A service's test extends this with {@code @QuarkusTest @TestProfile(GatewayOnlyContract.Enforced.class)}.
 */
public abstract class GatewayOnlyContract {

    /** Turns on the rule that service tests otherwise relax to call resources directly. */
    public static class Enforced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openapi.gateway-only", "true");
        }
    }

    /** A path of the service's own API (GET). */
    protected abstract String apiPath();

    @Test
    void directCallsWithoutTheGatewaysTokenAre401() {
        given().get(apiPath()).then().statusCode(401);
        for (String token : new String[] {TestTokens.expired("gateway", "key"), TestTokens.wrongIssuer("gateway", "key"),
                TestTokens.tampered("1")}) {
            given().auth().oauth2(token).get(apiPath()).then().statusCode(401);
        }
    }

    @Test
    void callsThroughTheGatewayPass() {
        given().auth().oauth2(TestTokens.valid("key:1", "key:1", "key", "admin", "member")).get(apiPath())
                .then().statusCode(allOf(not(equalTo(401)), not(equalTo(403)), lessThan(500)));
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
