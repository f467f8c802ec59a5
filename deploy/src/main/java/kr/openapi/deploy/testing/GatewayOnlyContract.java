package kr.openapi.deploy.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every service refuses calls that did not come through the gateway: without the gateway's internal token, or with
 * a token that is expired, tampered or from another issuer, the answer is 401; health and metrics stay open.
 * Behind the gateway, every endpoint checks again who may call it: each operation of the service's own OpenAPI
 * document (so a new endpoint cannot be forgotten) refuses the gateway's anonymous token and a key of another
 * product with 401/403, admin operations refuse members, and {@code /internal/} operations refuse admins; only the
 * operations a service lists in {@link #publicOperations()} are open to anyone who came through the gateway.
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

    private static final Set<Integer> REFUSED = Set.of(401, 403);

    /** A path of the service's own API (GET). */
    protected abstract String apiPath();

    /** The gateway's token for a caller {@link #apiPath()} serves; an administrator unless overridden. */
    protected String apiCaller() {
        return TestTokens.admin();
    }

    /** Operations open to any caller that came through the gateway, named as "GET /path/{template}". */
    protected Set<String> publicOperations() {
        return Set.of();
    }

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
        given().auth().oauth2(apiCaller()).get(apiPath())
                .then().statusCode(allOf(not(equalTo(401)), not(equalTo(403)), lessThan(500)));
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theListedPublicOperationsExistAndAreOpen() {
        List<OpenApiOperations.Operation> operations = operations();
        assertThat(operations).as("the service's OpenAPI document").isNotEmpty();
        assertThat(operations.stream().map(OpenApiOperations.Operation::name))
                .as("public operations are operations of the document").containsAll(publicOperations());
        for (OpenApiOperations.Operation operation : operations) {
            if (publicOperations().contains(operation.name())) {
                int status = call(operation, TestTokens.anonymous());
                assertThat(status).as(operation + " is public").isNotIn(REFUSED);
            }
        }
    }

    @Test
    void everyOtherOperationRefusesTheAnonymousCallerOfAPublicRoute() {
        assertRefused(operation -> true, TestTokens.anonymous(), "the gateway's anonymous token");
    }

    @Test
    void everyOtherOperationRefusesAKeyOfAnotherProduct() {
        assertRefused(operation -> true, TestTokens.keyHolder("another-product"), "a key of another product");
    }

    @Test
    void adminOperationsRefuseMembers() {
        assertRefused(operation -> operation.template().contains("/admin/"), TestTokens.member(), "a member who is no admin");
    }

    @Test
    void internalOperationsAreTheGatewaysOnly() {
        assertRefused(operation -> operation.template().startsWith("/internal/"), TestTokens.admin(), "an admin");
    }

    private void assertRefused(Predicate<OpenApiOperations.Operation> which, String token, String who) {
        List<String> open = new ArrayList<>();
        for (OpenApiOperations.Operation operation : operations()) {
            if (!publicOperations().contains(operation.name()) && which.test(operation)) {
                int status = call(operation, token);
                if (!REFUSED.contains(status)) {
                    open.add(operation + " answered " + status);
                }
            }
        }
        assertThat(open).as("operations that did not refuse " + who).isEmpty();
    }

    private static List<OpenApiOperations.Operation> operations() {
        return OpenApiOperations.of(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    private static int call(OpenApiOperations.Operation operation, String token) {
        RequestSpecification request = given().auth().oauth2(token).redirects().follow(false);
        if (operation.contentType() != null) {
            request.contentType(operation.contentType()).body(operation.contentType().contains("json") ? "{}" : "");
        }
        return request.request(operation.method(), operation.path()).statusCode();
    }
}
