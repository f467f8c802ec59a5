package kr.openapi.deploy.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What operators expect of every service: readiness that includes the database, the OpenAPI document, Swagger UI
 * and Prometheus metrics. A service's test extends this with {@code @QuarkusTest} (and its IT with
 * {@code @QuarkusIntegrationTest}).
 */
public abstract class OperationsEndpointsContract {

    /** A path the service's OpenAPI document must describe. */
    protected abstract String documentedPath();

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL connections")));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString(documentedPath()));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE")).body(containsString("jvm_memory_used_bytes"));
    }
}
