package kr.openapi.charging.rest;

import static io.restassured.RestAssured.given;
import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.OperatorClient;
import kr.openapi.charging.OperatorServer;
import kr.openapi.charging.OperatorServer.Answer;
import kr.openapi.charging.OperatorServer.Received;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What makes the platform call an operator: a silent connector (status query, whose answer is stored as a report),
 * staff and serious safety warnings (process data, which the operator then pushes), and safety warnings themselves
 * (once per episode). The test profile counts a connector silent after 3 s.
 */
@QuarkusTest
class CallbackTriggersTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OperatorServer server;
    private OperatorClient operator;

    @BeforeEach
    void onboardAnOperatorWithItsServer() throws Exception {
        server = new OperatorServer();
        operator = OperatorClient.onboard();
        asAdmin().contentType(ContentType.JSON).body(Map.of("cidrs", List.of("127.0.0.0/8")))
                .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(200);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void callbacks(String... types) {
        for (String type : types) {
            String path = type.equals("safety") ? "/platform/safety/callback" : "/platform/realtime/callback/" + type;
            operator.call("PUT", path, "{\"url\":\"" + server.url("/" + type) + "\"}").statusCode(200);
        }
    }

    private static String seoulNow(int secondsAgo) {
        return LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusSeconds(secondsAgo).format(TIME);
    }

    @Test
    void aSilentConnectorIsAskedForItsStatusAndTheAnswerIsStored() throws Exception {
        operator.network("S1", "E1", "C1", "C2");
        String statId = operator.call("GET", "/platform/management/station", null).extract().path("data.records[0].statId");
        String answeredAt = seoulNow(1);
        server.otherwise = call -> new Answer(200, "{\"cellId\":\"" + JsonPath.from(call.body()).getString("cellId")
                + "\",\"status\":3,\"statusTime\":\"" + answeredAt + "\",\"soc\":41.0}");
        callbacks("cellStatusQuery");
        // C2 keeps reporting; C1 goes silent.
        java.util.concurrent.atomic.AtomicBoolean reporting = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reporter = new Thread(() -> {
            while (reporting.get()) {
                operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C2", 1, seoulNow(0))).statusCode(200);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        reporter.start();
        try {
            Received query = server.next(15);
            assertThat(query).as("a status query for the silent connector").isNotNull();
            assertThat(query.path()).isEqualTo("/cellStatusQuery");
            assertThat(JsonPath.from(query.body()).getString("cellId")).isEqualTo("C1");
            assertThat(query.headers()).containsEntry("operatorid", operator.operatorId).containsKey("signature");
            assertThat(server.next(2)).as("the reporting connector is not asked, the answered one not again so soon").isNull();
        } finally {
            reporting.set(false);
            reporter.join();
        }

        String stamp = answeredAt.replaceAll("[- :]", "");
        given().auth().oauth2(TestTokens.keyHolder("ev-charger")).queryParam("statId", statId).queryParam("chgerId", "01")
                .queryParam("dataType", "JSON").get("/ev/getChargerStatus").then().statusCode(200)
                .body("items.item[0].stat", equalTo("3")).body("items.item[0].statUpdDt", equalTo(stamp));
        operator.call("GET", "/platform/realtime/callback/attempts", null).body("data.records[0].type", equalTo("cellStatusQuery"))
                .body("data.records[0].outcome", equalTo("SUCCESS"));
    }

    @Test
    void anAnswerThatIsNoStatusReportCountsAsAFailureAndIsAskedAgain() throws Exception {
        operator.network("S1", "E1", "C1");
        server.otherwise = call -> new Answer(200, "<html>ok</html>");
        callbacks("cellStatusQuery");
        assertThat(server.next(10)).isNotNull();
        assertThat(server.next(5)).as("asked again after a back-off").isNotNull();
        operator.call("GET", "/platform/realtime/callback/attempts", null).body("data.records[-1].outcome", equalTo("BAD_ANSWER"));
    }

    @Test
    void staffAskForProcessDataAndTheOperatorPushesIt() throws Exception {
        operator.network("S1", "E1", "C1");
        callbacks("processData");

        JsonPath request = JsonPath.from(asAdmin().post("/admin/charging/operators/" + operator.operatorId + "/cells/C1/process-data-request")
                .then().statusCode(202).body("callbackQueued", equalTo(true)).extract().asString());
        Received call = server.next(10);
        assertThat(call).isNotNull();
        assertThat(call.path()).isEqualTo("/processData");
        JsonPath asked = JsonPath.from(call.body());
        assertThat(asked.getLong("requestId")).isEqualTo(request.getLong("requestId"));
        assertThat(asked.getString("cellId")).isEqualTo("C1");
        assertThat(asked.getString("reason")).isEqualTo("STAFF");

        String t1 = seoulNow(20);
        String t2 = seoulNow(10);
        operator.call("POST", "/platform/realtime/cell/processData", "[{\"cellId\":\"C1\",\"time\":\"" + t1 + "\",\"current\":120.5,"
                + "\"voltage\":380.0,\"soc\":40.0,\"power\":45.8,\"temperature\":31.5},{\"cellId\":\"C1\",\"time\":\"" + t2 + "\",\"current\":119.0,"
                + "\"voltage\":381.0,\"soc\":41.0,\"power\":45.3,\"temperature\":32.0},{\"cellId\":\"C9\",\"time\":\"" + t2 + "\"}]")
                .statusCode(200).body("data.accepted", equalTo(2)).body("data.rejected", equalTo(1))
                .body("data.items[2].reason", equalTo("unknown cellId: submit the connector first"));
        operator.call("POST", "/platform/realtime/cell/processData", "{\"cellId\":\"C1\",\"time\":\"2026-13-01 00:00:00\"}")
                .statusCode(200).body("data.rejected", equalTo(1));
        operator.call("POST", "/platform/realtime/cell/processData", "{\"cellId\":").statusCode(400);

        asAdmin().get("/admin/charging/operators/" + operator.operatorId + "/cells/C1/process-data").then().statusCode(200)
                .body("total", equalTo(2)).body("records[0].time", equalTo(t2)).body("records[0].temperature", equalTo(32.0f))
                .body("records[1].current", equalTo(120.5f));
        asAdmin().post("/admin/charging/operators/" + operator.operatorId + "/cells/NOPE/process-data-request").then().statusCode(404);
        // Another operator's staff token is not an admin's: refused.
        given().auth().oauth2(TestTokens.keyHolder(OperatorClient.PRODUCT))
                .post("/admin/charging/operators/" + operator.operatorId + "/cells/C1/process-data-request").then().statusCode(403);
    }

    @Test
    void aWarningReachesTheSafetyCallbackOncePerEpisodeAndAsksForProcessData() throws Exception {
        operator.network("S1", "E1", "C1");
        callbacks("safety", "processData");
        String hot = "{\"cellId\":\"C1\",\"status\":3,\"statusTime\":\"%s\",\"temperature\":%s}";
        operator.call("POST", "/platform/realtime/cell/status", hot.formatted(seoulNow(30), "85.0")).statusCode(200);
        operator.call("POST", "/platform/realtime/cell/status", hot.formatted(seoulNow(25), "88.0")).statusCode(200);
        operator.call("POST", "/platform/realtime/cell/status", hot.formatted(seoulNow(20), "40.0")).statusCode(200);
        operator.call("POST", "/platform/realtime/cell/status", hot.formatted(seoulNow(15), "90.0")).statusCode(200);

        List<Received> calls = new ArrayList<>();
        for (Received call = server.next(10); call != null; call = server.next(2)) {
            calls.add(call);
        }
        List<Received> safety = calls.stream().filter(c -> c.path().equals("/safety")).toList();
        List<Received> processData = calls.stream().filter(c -> c.path().equals("/processData")).toList();
        assertThat(safety).as("two episodes, two warnings").hasSize(2);
        assertThat(safety).allSatisfy(c -> assertThat(JsonPath.from(c.body()).getString("type")).isEqualTo("OVER_TEMPERATURE"));
        assertThat(processData).as("each WARNING asks for process data").hasSize(2);
        assertThat(processData).allSatisfy(c -> assertThat(JsonPath.from(c.body()).getString("reason")).isEqualTo("SAFETY"));
        assertThat(processData.stream().map(c -> JsonPath.from(c.body()).getLong("warningId")).toList())
                .containsExactlyInAnyOrderElementsOf(safety.stream().map(c -> JsonPath.from(c.body()).getLong("warningId")).toList());
    }

    @Test
    void aNoticeGoesToTheSafetyCallbackWithoutAskingForProcessData() throws Exception {
        operator.network("S1", "E1");
        operator.call("POST", "/platform/management/cell", OperatorClient.cell("C1", "E1").replace("\"fireControl\":1", "\"fireControl\":2"))
                .statusCode(200);
        callbacks("safety", "processData");
        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 3, seoulNow(5))).statusCode(200);
        Received call = server.next(10);
        assertThat(call).isNotNull();
        assertThat(JsonPath.from(call.body()).getString("level")).isEqualTo("NOTICE");
        assertThat(server.next(2)).as("no process data for a notice").isNull();
    }
}
