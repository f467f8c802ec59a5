package kr.openapi.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kr.openapi.deploy.testing.OperationsEndpointsContract;
import org.junit.jupiter.api.Test;

/** The gateway's operations endpoints are on its management port, and nothing of them on the public one. */
@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/admin/gateway/quotas/";
    }

    @Override
    protected RequestSpecification operations() {
        return given().port(ManagementPort.get());
    }

    @Test
    void thePublicPortServesNoneOfThem() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/../q/metrics"}) {
            given().get(path).then().statusCode(not(200)).body(not(containsString("jvm_memory_used_bytes")))
                    .body(not(containsString("\"checks\"")));
        }
    }
}
