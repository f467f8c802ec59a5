package kr.openapi.charging.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.OperatorClient;
import org.junit.jupiter.api.Test;

/** Each safety rule raises its warning once per episode, from the reports operators send. */
@QuarkusTest
class SafetyWarningTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final LocalDateTime base = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusHours(1);
    private int minute;

    private void report(OperatorClient operator, String cellId, int status, String measures) {
        operator.call("POST", "/platform/realtime/cell/status", "{\"cellId\":\"" + cellId + "\",\"status\":" + status + ",\"statusTime\":\""
                + base.plusMinutes(++minute).format(TIME) + "\"" + measures + "}").statusCode(200).body("data.accepted", equalTo(1));
    }

    @Test
    void eachRuleRaisesOneWarningPerEpisode() throws Exception {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1");
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("C2", "E1").replace("\"smokeSensation\":1", "\"smokeSensation\":2"))
                .statusCode(200);

        report(operator, "C1", 255, "");
        report(operator, "C1", 255, "");
        report(operator, "C1", 1, "");
        report(operator, "C1", 255, "");
        report(operator, "C1", 3, ",\"temperature\":81.5,\"current\":280.0,\"voltage\":800.0");
        report(operator, "C1", 3, ",\"current\":100.0");
        report(operator, "C2", 3, "");
        report(operator, "C2", 3, "");

        List<Map<String, Object>> warnings = eventually(operator, 6);
        assertThat(warnings).extracting(w -> w.get("cellId") + " " + w.get("type") + " " + w.get("level"))
                .containsExactlyInAnyOrder("C1 FAULT CRITICAL", "C1 FAULT CRITICAL", "C1 OVER_TEMPERATURE WARNING", "C1 OVER_CURRENT WARNING",
                        "C1 VOLTAGE WARNING", "C2 NO_SAFETY_EQUIPMENT NOTICE");
        // The first fault episode ended with the idle report, the second with the charging one; the current dropped
        // back, while temperature and voltage were not reported again and stay open.
        assertThat(warnings).filteredOn(w -> w.get("type").equals("FAULT")).allMatch(w -> w.get("clearedAt") != null);
        assertThat(warnings).filteredOn(w -> w.get("type").equals("OVER_CURRENT")).allMatch(w -> w.get("clearedAt") != null);
        assertThat(warnings).filteredOn(w -> w.get("type").equals("OVER_TEMPERATURE")).allMatch(w -> w.get("clearedAt") == null);

        operator.call("GET", "/platform/safety/warnings?level=CRITICAL", null).statusCode(200).body("data.total", equalTo(2));
        operator.call("GET", "/platform/safety/warnings?level=LOUD", null).statusCode(400);
        OperatorClient.onboard().call("GET", "/platform/safety/warnings", null).body("data.total", equalTo(0));
        asAdmin().queryParam("operatorId", operator.operatorId).get("/admin/charging/warnings").then().statusCode(200)
                .body("total", equalTo(6));
    }

    private static List<Map<String, Object>> eventually(OperatorClient operator, int count) throws InterruptedException {
        List<Map<String, Object>> warnings = List.of();
        for (int i = 0; i < 50 && warnings.size() < count; i++) {
            Thread.sleep(100);
            warnings = JsonPath.from(operator.call("GET", "/platform/safety/warnings?pageSize=100", null).statusCode(200).extract().asString())
                    .getList("data.records");
        }
        return warnings;
    }
}
