package kr.openapi.charging.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.OperatorClient;
import kr.openapi.charging.OperatorServer;
import kr.openapi.charging.OperatorServer.Received;
import kr.openapi.deploy.testing.OperatorSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Callbacks reach a real HTTP server: signed as operators sign, retried until they succeed, every attempt recorded. */
@QuarkusTest
class CallbackDeliveryTest {

    private OperatorServer server;

    @BeforeEach
    void startOperatorsServer() throws Exception {
        server = new OperatorServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRejectedReportIsCalledBackSignedAndRetriedUntilItSucceeds() throws Exception {
        OperatorClient operator = OperatorClient.onboard();
        asAdmin().contentType(ContentType.JSON).body(Map.of("cidrs", List.of("127.0.0.0/8")))
                .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(200);
        operator.call("PUT", "/platform/realtime/callback/reportFailure",
                "{\"url\":\"" + server.url("/failure") + "\"}").statusCode(200);
        server.answers.add(500);
        server.answers.add(302);

        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C404", 1, OperatorClient.now())).statusCode(200)
                .body("data.rejected", equalTo(1));

        List<Received> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Received call = server.next(15);
            assertThat(call).as("call " + (i + 1)).isNotNull();
            calls.add(call);
        }
        assertThat(server.next(1)).as("no call after the success, none to the redirect").isNull();
        for (Received call : calls) {
            assertThat(call.path()).isEqualTo("/failure");
            assertThat(call.headers()).containsEntry("operatorid", operator.operatorId).containsKey("datetime");
            assertThat(call.headers().get("signature")).isEqualTo(OperatorSignature.hmac(operator.secret,
                    "datetime: " + call.headers().get("datetime") + "\noperatorid: " + operator.operatorId));
            assertThat(JsonPath.from(call.body()).getString("cellId")).isEqualTo("C404");
            assertThat(JsonPath.from(call.body()).getString("reason")).contains("unknown cellId");
        }

        List<String> outcomes = List.of();
        for (int i = 0; i < 50 && outcomes.size() < 3; i++) {
            Thread.sleep(100);
            outcomes = JsonPath.from(operator.call("GET", "/platform/realtime/callback/attempts", null).statusCode(200).extract().asString())
                    .getList("data.records.outcome");
        }
        assertThat(outcomes).containsExactly("SUCCESS", "HTTP_ERROR", "HTTP_ERROR");
        operator.call("GET", "/platform/realtime/callback/attempts", null).body("data.records[2].httpStatus", equalTo(500))
                .body("data.records[1].httpStatus", equalTo(302)).body("data.records[0].type", equalTo("reportFailure"));
    }

    @Test
    void afterFiveFailuresTheBreakerOpensThenOneTrialCallDecidesWhetherItCloses() throws Exception {
        OperatorClient operator = OperatorClient.onboard();
        asAdmin().contentType(ContentType.JSON).body(Map.of("cidrs", List.of("127.0.0.0/8")))
                .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(200);
        operator.call("PUT", "/platform/realtime/callback/reportFailure", "{\"url\":\"" + server.url("/failure") + "\"}").statusCode(200);
        for (int i = 0; i < 11; i++) {
            server.answers.add(500);
        }
        StringBuilder reports = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            reports.append(i == 0 ? "" : ",").append(OperatorClient.status("X" + i, 1, OperatorClient.now()));
        }
        operator.call("POST", "/platform/realtime/cell/status/list", reports.append("]").toString()).statusCode(200)
                .body("data.rejected", equalTo(10));

        List<Received> failed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            failed.add(server.next(10));
            assertThat(failed.get(i)).as("first call " + i).isNotNull();
        }
        Received trial = server.next(10);
        assertThat(trial).isNotNull();
        assertThat(Duration.ofNanos(trial.atNanos() - failed.get(9).atNanos())).as("the breaker kept the operator alone (3 s)")
                .isGreaterThan(Duration.ofMillis(2500));
        Received secondTrial = server.next(10);
        assertThat(secondTrial).isNotNull();
        assertThat(Duration.ofNanos(secondTrial.atNanos() - trial.atNanos())).as("a failed trial opens it again; no other call went")
                .isGreaterThan(Duration.ofMillis(2500));
        java.util.Set<String> delivered = new java.util.HashSet<>();
        delivered.add(JsonPath.from(secondTrial.body()).getString("cellId"));
        for (int i = 0; i < 9; i++) {
            Received call = server.next(5);
            assertThat(call).as("after a successful trial the others go at once").isNotNull();
            delivered.add(JsonPath.from(call.body()).getString("cellId"));
        }
        assertThat(delivered).hasSize(10);
        assertThat(server.next(1)).isNull();
    }
}
