package kr.openapi.deploy.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * What operators expect of every service: readiness that includes the database, the OpenAPI document, Swagger UI
 * and Prometheus metrics. A service's test extends this with {@code @QuarkusTest} (and its IT with
 * {@code @QuarkusIntegrationTest}).
 */
public abstract class OperationsEndpointsContract {

    /** A path the service's OpenAPI document must describe. */
    protected abstract String documentedPath();

    /** Requests to where the operations endpoints are: the HTTP port, or the management port where it has one. */
    protected RequestSpecification operations() {
        return given();
    }

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        operations().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL connections")));
    }

    @Test
    void livenessIsUp() {
        operations().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        operations().get("/q/openapi").then().statusCode(200).body(containsString(documentedPath()));
    }

    @Test
    void servesSwaggerUi() {
        operations().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesPrometheusMetrics() {
        operations().get("/q/health/ready").then().statusCode(200);
        operations().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE")).body(containsString("jvm_memory_used_bytes"));
    }
}
