package kr.openapi.charging.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kr.openapi.charging.OperatorClient;
import kr.openapi.deploy.testing.OperatorSignature;
import kr.openapi.common.security.ServiceKeyHash;
import org.junit.jupiter.api.Test;

/** The operator token and the signature on every call: each wrong credential is a 401 that says which. */
@QuarkusTest
class OperatorAuthTest {

    @Inject
    Pool pool;

    @Test
    void aSignedTokenCallGetsATokenForTwoHoursAndSignedCallsPass() {
        OperatorClient operator = OperatorClient.onboard();
        operator.requestToken(OperatorClient.now()).statusCode(200).body("status", equalTo(200)).body("message", equalTo("请求成功!"))
                .body("data.expiresIn", equalTo(7200)).body("data.token", org.hamcrest.Matchers.notNullValue());
        operator.call("GET", "/platform/management/cell?pageNum=1&pageSize=10", null).statusCode(200)
                .body("data.total", equalTo(0)).body("data.pageNum", equalTo(1)).body("data.pageSize", equalTo(10));
    }

    @Test
    void wrongStaleExpiredAndOtherOperatorsCredentialsAreRefusedSayingWhich() {
        OperatorClient operator = OperatorClient.onboard();
        OperatorClient other = OperatorClient.onboard();
        String path = "/platform/management/cell";
        String now = OperatorClient.now();

        operator.signedAs(now, operator.token(), "bm90IGEgc2lnbmF0dXJl").get(path).then().statusCode(401)
                .body("status", equalTo(401)).body("message", containsString("Signature does not match")).body("data", nullValue());
        String stale = LocalDateTime.now(ZoneId.of("Asia/Seoul")).minusMinutes(6).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        operator.call("GET", path, null, stale, operator.token()).statusCode(401).body("message", containsString("Datetime"));
        operator.requestToken(stale).statusCode(401).body("message", containsString("Datetime"));
        operator.call("GET", path, null, "2026/12/04 10:00", operator.token()).statusCode(401).body("message", containsString("yyyy-MM-dd"));
        operator.call("GET", path, null, now, "not-a-token").statusCode(401).body("message", containsString("Token was not issued"));
        operator.call("GET", path, null, now, other.token()).statusCode(401).body("message", containsString("another operator"));
        operator.signedAs(now, operator.token(), operator.sign(now, operator.token(), "GET", path, new byte[0]))
                .header("OperatorId", other.operatorId).get(path).then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2(kr.openapi.deploy.testing.TestTokens.keyHolder(OperatorClient.PRODUCT))
                .get(path).then().statusCode(401).body("message", containsString("header Datetime is missing"));

        String expiring = operator.requestToken(now).extract().path("data.token");
        pool.preparedQuery("UPDATE operator_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1")
                .execute(Tuple.of(ServiceKeyHash.of(expiring))).await().atMost(Duration.ofSeconds(10));
        // (a token seen before it expired is cached with its expiry, so the check holds either way)
        operator.call("GET", path, null, now, expiring).statusCode(401).body("message", containsString("expired"));
    }

    @Test
    void aRotatedSecretStopsTheOldOneAtOnce() {
        OperatorClient operator = OperatorClient.onboard();
        String old = operator.secret;
        // A call first, so that the old secret is in the service's cache when it is rotated.
        operator.requestToken(OperatorClient.now()).statusCode(200);
        operator.secret = asAdmin().post("/admin/charging/operators/" + operator.operatorId + "/secret").then().statusCode(200)
                .extract().path("operatorSecret");
        assertThat(operator.secret).isNotEqualTo(old);
        operator.requestToken(OperatorClient.now()).statusCode(200);
        operator.secret = old;
        operator.requestToken(OperatorClient.now()).statusCode(401).body("message", containsString("Signature"));
    }

    @Test
    void inStrictModeACapturedSignatureCannotCarryAnotherBody() {
        OperatorClient operator = OperatorClient.onboard("STRICT");
        operator.network("S1", "E1", "C1");
        String now = OperatorClient.now();
        String body = OperatorClient.status("C1", 1, now);
        String signature = operator.sign(now, operator.token(), "POST", "/platform/realtime/cell/status", body.getBytes(StandardCharsets.UTF_8));
        operator.signedAs(now, operator.token(), signature).contentType(ContentType.JSON).body(body).post("/platform/realtime/cell/status")
                .then().statusCode(200).body("data.accepted", equalTo(1));
        // The same headers, replayed with another body or at another path: refused.
        operator.signedAs(now, operator.token(), signature).contentType(ContentType.JSON).body(OperatorClient.status("C1", 255, now))
                .post("/platform/realtime/cell/status").then().statusCode(401).body("message", containsString("STRICT"));
        operator.signedAs(now, operator.token(), signature).contentType(ContentType.JSON).body(body)
                .post("/platform/realtime/cell/status/again").then().statusCode(401);

        asAdmin().contentType(ContentType.JSON).body(Map.of("signatureMode", "LAX"))
                .put("/admin/charging/operators/" + operator.operatorId + "/signature-mode").then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).body(Map.of("signatureMode", "SEED"))
                .put("/admin/charging/operators/" + operator.operatorId + "/signature-mode").then().statusCode(200);
    }

    @Test
    void switchingToStrictHoldsFromTheNextCall() {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1");
        String body = OperatorClient.status("C1", 1, OperatorClient.now());
        // Signed as the seed signs (no method, path or body): accepted in SEED mode, and now cached.
        String before = OperatorClient.now();
        operator.signedAs(before, operator.token(), OperatorSignature.seed(operator.secret, before, operator.operatorId, operator.token()))
                .contentType(ContentType.JSON).body(body).post("/platform/realtime/cell/status").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("signatureMode", "STRICT"))
                .put("/admin/charging/operators/" + operator.operatorId + "/signature-mode").then().statusCode(200);
        String now = OperatorClient.now();
        operator.signedAs(now, operator.token(), OperatorSignature.seed(operator.secret, now, operator.operatorId, operator.token()))
                .contentType(ContentType.JSON).body(body).post("/platform/realtime/cell/status").then().statusCode(401)
                .body("message", containsString("STRICT"));
    }
}
