package kr.openapi.gateway.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import kr.openapi.gateway.PackagedGateway;
import kr.openapi.gateway.StubKeys;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's second bad night, on the packaged gateway: key-issuance's feed goes down, the gateway is killed and
 * started again. It serves the keys it knew from its saved copy (a suspended key stays refused, an unknown one is
 * refused), says so in its readiness, and once the feed is back enforces a change made meanwhile within 5 s.
 */
class KeySnapshotIT {

    private static final String SERVED = "\"query\"";

    @Test
    void aGatewayRestartedDuringTheFeedsOutageServesItsKnownKeysAndCatchesUpAfterwards() throws Exception {
        try (PackagedGateway gateway = new PackagedGateway("key-snapshot")) {
            gateway.start();
            StubKeys.Key known = StubKeys.publish(StubKeys.active("public-service-catalog", 1000));
            StubKeys.Key suspended = StubKeys.publish(StubKeys.publish(StubKeys.active("public-service-catalog", 1000)).with("SUSPENDED"));
            StubKeys.Key suspendedMeanwhile = StubKeys.publish(StubKeys.active("public-service-catalog", 1000));
            StubKeys.Key unknown = StubKeys.active("public-service-catalog", 1000);
            StubKeys.sleep(1000);

            given().post(gateway.stubUrl() + "/_stub/feed?state=down").then().statusCode(204);
            gateway.kill();
            gateway.start();

            JsonPath health = given().get(gateway.managementUrl() + "/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(health.getString("checks.find { it.name == 'Service key feed' }.data.state"))
                    .startsWith("degraded (from snapshot, age ");
            call(gateway, known).then().body(containsString(SERVED));
            call(gateway, suspendedMeanwhile).then().body(containsString(SERVED));
            call(gateway, suspended).then().body(containsString("<resultCode>21</resultCode>"));
            call(gateway, unknown).then().body(containsString("<resultCode>30</resultCode>"));

            StubKeys.change(suspendedMeanwhile.with("SUSPENDED"));
            StubKeys.sleep(1000);
            call(gateway, suspendedMeanwhile).then().body(containsString(SERVED));
            given().post(gateway.stubUrl() + "/_stub/feed?state=up").then().statusCode(204);
            long back = System.nanoTime();
            while (!call(gateway, suspendedMeanwhile).asString().contains("<resultCode>21</resultCode>")) {
                assertThat(Duration.ofNanos(System.nanoTime() - back)).as("the change enforced within 5 s").isLessThan(Duration.ofSeconds(5));
                StubKeys.sleep(100);
            }
            call(gateway, known).then().body(containsString(SERVED));
            assertThat(given().get(gateway.managementUrl() + "/q/health/ready").jsonPath()
                    .getString("checks.find { it.name == 'Service key feed' }.data.state")).isEqualTo("in sync");
        }
    }

    private static io.restassured.response.Response call(PackagedGateway gateway, StubKeys.Key key) {
        return given().get(gateway.url() + "/openapi/svc/list?serviceKey=" + key.value());
    }
}
