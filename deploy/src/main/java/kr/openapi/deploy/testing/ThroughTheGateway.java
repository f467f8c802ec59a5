package kr.openapi.deploy.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to a service as they arrive through the gateway, each with the gateway's token for one kind of caller. */
public final class ThroughTheGateway {

    private ThroughTheGateway() {
    }

    /** A portal administrator (admin routes). */
    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    /** A caller holding a service key of {@code product} (keyed routes). */
    public static RequestSpecification asKeyHolder(String product) {
        return given().auth().oauth2(TestTokens.keyHolder(product));
    }
}
