package kr.openapi.keys.rest;

import static io.restassured.RestAssured.given;
import static kr.openapi.keys.PortalFlows.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.openapi.common.security.ServiceKeyHash;
import kr.openapi.deploy.testing.TestTokens;
import kr.openapi.keys.PortalFlows;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayFeedTest {

    private static RequestSpecification gateway() {
        return given().auth().oauth2(TestTokens.valid("gateway", "gateway", "gateway")).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    @Test
    void aSnapshotHasEveryKeyTheGatewayNeedsAndChangesMoveTheCursor() {
        String token = PortalFlows.newMember("feed");
        long keyId = PortalFlows.approve(PortalFlows.apply(token, "ev-charger", List.of("203.0.113.5", "10.1.0.0/16")), 25);
        String serviceKey = as(token).get("/api/v1/keys").then().extract().path("[0].serviceKey");

        JsonPath snapshot = gateway().get("/internal/v1/keys").then().statusCode(200)
                .body("snapshot", equalTo(true)).extract().jsonPath();
        Map<String, Object> record = snapshot.getMap("keys.find { it.keyId == '" + keyId + "' }");
        assertThat(record).containsEntry("keyHash", ServiceKeyHash.of(serviceKey)).containsEntry("product", "ev-charger")
                .containsEntry("status", "ACTIVE").containsEntry("dailyQuota", 25)
                .containsEntry("accessIps", List.of("203.0.113.5", "10.1.0.0/16"))
                .containsEntry("expiresOn", LocalDate.now(ZoneId.of("Asia/Seoul")).plusYears(2).minusDays(1).toString());
        assertThat(record.get("memberId")).isNotNull();
        String cursor = snapshot.getString("cursor");

        gateway().get("/internal/v1/keys?since=" + cursor).then().statusCode(200)
                .body("keys.size()", equalTo(0)).body("cursor", equalTo(cursor)).body("snapshot", equalTo(false));

        for (String[] step : new String[][] {{"suspend", "SUSPENDED"}, {"resume", "ACTIVE"}, {"revoke", "REVOKED"}}) {
            as(PortalFlows.admin()).post("/api/v1/admin/keys/" + keyId + "/" + step[0]).then().statusCode(200)
                    .body("status", equalTo(step[1]));
            JsonPath delta = gateway().get("/internal/v1/keys?since=" + cursor).then().statusCode(200).extract().jsonPath();
            assertThat(delta.getList("keys.keyId")).containsExactly(String.valueOf(keyId));
            assertThat(delta.getString("keys[0].status")).isEqualTo(step[1]);
            assertThat(Long.parseLong(delta.getString("cursor"))).isGreaterThan(Long.parseLong(cursor));
            cursor = delta.getString("cursor");
        }
        as(PortalFlows.admin()).post("/api/v1/admin/keys/" + keyId + "/resume").then().statusCode(400)
                .body("resultDetail", containsString("폐기된 키"));
    }

    @Test
    void pagesOfTheFeedFollowOneAnother() {
        String token = PortalFlows.newMember("page");
        for (int i = 0; i < 3; i++) {
            PortalFlows.approve(PortalFlows.apply(token, List.of("ev-charger", "driver-insurance", "vehicle-info").get(i),
                    List.of("192.0.2." + (40 + i))), null);
        }
        JsonPath first = gateway().get("/internal/v1/keys?limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(first.getBoolean("hasMore")).isTrue();
        JsonPath rest = gateway().get("/internal/v1/keys?since=" + first.getString("cursor")).then().statusCode(200).extract().jsonPath();
        JsonPath all = gateway().get("/internal/v1/keys").then().extract().jsonPath();
        assertThat(first.getList("keys.keyId").size() + rest.getList("keys.keyId").size()).isEqualTo(all.getList("keys").size());
        gateway().get("/internal/v1/keys?since=abc").then().statusCode(400).body("resultCode", equalTo("10"));
    }

    @Test
    void reportedUsageShowsAsCallsTodayAndInTheThirtyDayHistory() {
        String token = PortalFlows.newMember("usage");
        long keyId = PortalFlows.approve(PortalFlows.apply(token, "ev-charger", List.of("192.0.2.50")), null);
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1).toString();
        gateway().body(Map.of("reports", List.of(Map.of("keyId", String.valueOf(keyId), "day", today, "calls", 42),
                        Map.of("keyId", String.valueOf(keyId), "day", yesterday, "calls", 7))))
                .post("/internal/v1/usage").then().statusCode(200).body("stored", equalTo(2));
        // A late, smaller total never lowers the count.
        gateway().body(Map.of("reports", List.of(Map.of("keyId", String.valueOf(keyId), "day", today, "calls", 40))))
                .post("/internal/v1/usage").then().statusCode(200);

        as(token).get("/api/v1/keys").then().body("[0].callsToday", equalTo(42));
        as(token).get("/api/v1/keys/" + keyId + "/usage").then().statusCode(200)
                .body("size()", equalTo(30)).body("[29].day", equalTo(today)).body("[29].calls", equalTo(42))
                .body("[28].calls", equalTo(7)).body("[0].calls", equalTo(0));
        gateway().body(Map.of("reports", List.of(Map.of("keyId", "x", "day", today, "calls", -1))))
                .post("/internal/v1/usage").then().statusCode(400).body("resultCode", equalTo("10"));
    }
}
