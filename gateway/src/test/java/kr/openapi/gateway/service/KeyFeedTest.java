package kr.openapi.gateway.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import kr.openapi.gateway.StubKeys;
import kr.openapi.gateway.rest.ManagementPort;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyFeedTest {

    @Test
    void changesInThePortalAreEnforcedWithinSeconds() {
        StubKeys.Key key = StubKeys.active("ev-charger", 100);
        given().get("/ev/getChargerInfo?serviceKey=" + key.value()).then().statusCode(401);
        long published = System.nanoTime();
        StubKeys.publish(key);
        given().get("/ev/getChargerInfo?serviceKey=" + key.value()).then().statusCode(200);
        StubKeys.publish(key.with("SUSPENDED"));
        given().get("/ev/getChargerInfo?serviceKey=" + key.value()).then().statusCode(403);
        assertThat((System.nanoTime() - published) / 1_000_000).isLessThan(5000);
    }

    @Test
    void withTheFeedDownKnownKeysKeepWorkingAndHealthSaysDegraded() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        given().post(StubKeys.stubUrl() + "/_stub/feed?state=down").then().statusCode(204);
        try {
            StubKeys.sleep(600);
            given().get("/openapi/svc/list?serviceKey=" + key.value()).then().statusCode(200);
            JsonPath health = given().port(ManagementPort.get()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .extract().jsonPath();
            assertThat(health.getString("checks.find { it.name == 'Service key feed' }.data.state")).isEqualTo("degraded");
        } finally {
            given().post(StubKeys.stubUrl() + "/_stub/feed?state=up").then().statusCode(204);
        }
        StubKeys.sleep(600);
        given().port(ManagementPort.get()).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Service key feed' }.data.state", equalTo("in sync"));
    }

    @Test
    void servedCallsAreReportedToKeyIssuanceAsDailyTotals() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("ev-charger", 100));
        for (int i = 0; i < 4; i++) {
            given().get("/ev/getChargerInfo?serviceKey=" + key.value()).then().statusCode(200);
        }
        long deadline = System.currentTimeMillis() + 5000;
        List<Integer> reported = List.of();
        while (System.currentTimeMillis() < deadline) {
            reported = given().get(StubKeys.stubUrl() + "/_stub/usage").jsonPath()
                    .getList("reports.flatten().findAll { it.keyId == '" + key.keyId() + "' }.calls", Integer.class);
            if (reported.contains(4)) {
                break;
            }
            StubKeys.sleep(200);
        }
        assertThat(reported).contains(4);
        given().port(ManagementPort.get()).get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_calls_seconds_count{code=\"00\",product=\"ev-charger\"}"))
                .body(containsString("gateway_policy_duration_seconds_count{policy=\"checks\"}"))
                .body(containsString("gateway_upstream_circuit_state{upstream=\"public-service-catalog\"}"));
    }

    @Test
    void healthListsTheKeyFeed() {
        given().port(ManagementPort.get()).get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("Service key feed"));
    }
}
