package kr.openapi.charging.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.openapi.charging.OperatorClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Callbacks reach a real HTTP server: signed as operators sign, retried until they succeed, every attempt recorded. */
@QuarkusTest
class CallbackDeliveryTest {

    /** What the operator's server received. */
    record Received(String path, Map<String, String> headers, String body) {
    }

    private Vertx vertx;
    private HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void startOperatorsServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            Map<String, String> headers = new java.util.HashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            received.add(new Received(request.path(), headers, body.toString(StandardCharsets.UTF_8)));
            Integer status = answers.poll();
            int answer = status == null ? 200 : status;
            request.response().setStatusCode(answer).putHeader("Location", answer == 302 ? "http://127.0.0.1:1/elsewhere" : "").end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        vertx.close();
    }

    @Test
    void aRejectedReportIsCalledBackSignedAndRetriedUntilItSucceeds() throws Exception {
        OperatorClient operator = OperatorClient.onboard();
        asAdmin().contentType(ContentType.JSON).body(Map.of("cidrs", List.of("127.0.0.0/8")))
                .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(200);
        operator.call("PUT", "/platform/realtime/callback/reportFailure",
                "{\"url\":\"http://127.0.0.1:" + server.actualPort() + "/failure\"}").statusCode(200);
        answers.add(500);
        answers.add(302);

        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C404", 1, OperatorClient.now())).statusCode(200)
                .body("data.rejected", equalTo(1));

        List<Received> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Received call = received.poll(15, TimeUnit.SECONDS);
            assertThat(call).as("call " + (i + 1)).isNotNull();
            calls.add(call);
        }
        assertThat(received.poll(1, TimeUnit.SECONDS)).as("no call after the success, none to the redirect").isNull();
        for (Received call : calls) {
            assertThat(call.path()).isEqualTo("/failure");
            assertThat(call.headers()).containsEntry("operatorid", operator.operatorId).containsKey("datetime");
            assertThat(call.headers().get("signature")).isEqualTo(hmac(operator.secret,
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

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
