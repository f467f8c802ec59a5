package kr.openapi.gateway.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import kr.openapi.common.security.PemKeys;
import kr.openapi.deploy.testing.TestTokens;
import kr.openapi.gateway.StubKeys;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForwardingTest {

    @Test
    void forwardsWithoutTheKeyWithForwardedHeadersAndAnInternalToken() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        Response response = given().urlEncodingEnabled(false).header("X-Service-Key", "also-dropped").header("X-Custom", "kept")
                .header("Authorization", "Infuser " + key.value()).header("Connection", "keep-alive, X-Drop").header("X-Drop", "x")
                .get("/openapi/svc/list?format=xml&serviceKey=" + key.value() + "&srhQuery=%EB%85%B8%EC%9D%B8&pageIndex=2");
        response.then().statusCode(200)
                .header("RateLimit-Limit", "100").header("RateLimit-Remaining", "99")
                .header("X-Hop", nullValue());
        JsonPath echo = response.jsonPath();
        assertThat(echo.getString("query")).isEqualTo("format=xml&srhQuery=%EB%85%B8%EC%9D%B8&pageIndex=2");
        Map<String, String> headers = echo.getMap("headers");
        assertThat(headers).containsEntry("x-custom", "kept").containsEntry("x-forwarded-for", "127.0.0.1")
                .containsEntry("x-forwarded-proto", "http").doesNotContainKeys("x-service-key", "x-drop");
        assertThat(headers.get("x-forwarded-host")).startsWith("localhost:");

        String token = headers.get("authorization").substring("Bearer ".length());
        // The test's verification file holds another key first, then the one the gateway signs with.
        List<PublicKey> keys = PemKeys.publicKeys(ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class));
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(keys.get(keys.size() - 1))
                .setExpectedIssuer("https://gateway.openapi.local").setRequireExpirationTime().build().processToClaims(token);
        assertThat(claims.getClaimValueAsString("keyId")).isEqualTo(key.keyId());
        assertThat(claims.getClaimValueAsString("memberId")).isEqualTo("77");
        assertThat(claims.getClaimValueAsString("product")).isEqualTo("public-service-catalog");
        assertThat(claims.getClaimValueAsString("clientIp")).isEqualTo("127.0.0.1");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(300);
    }

    @Test
    void requestAndResponseBodiesStream() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        long bytes = 0;
        try (InputStream body = given().get("/openapi/download?mb=16&serviceKey=" + key.value()).then().statusCode(200)
                .extract().asInputStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        assertThat(bytes).isEqualTo(16L * 1024 * 1024);

        byte[] upload = new byte[3 * 1024 * 1024];
        StubKeys.Key driverKey = StubKeys.publish(StubKeys.active("driver-insurance", 100));
        given().header("X-Service-Key", driverKey.value()).contentType("application/json").body(upload)
                .post("/driver/v1/insDriver").then().statusCode(200)
                .body("method", equalTo("POST")).body("bodyLength", equalTo(upload.length));
    }

    @Test
    void aCallerHangingUpMidDownloadIsNotAnError() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            int port = io.restassured.RestAssured.port;
            for (int i = 0; i < 5; i++) {
                try (Socket socket = new Socket("localhost", port)) {
                    socket.getOutputStream().write(("GET /openapi/download?mb=16&serviceKey=" + key.value()
                            + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getInputStream().readNBytes(256 * 1024);
                }
            }
            Thread.sleep(1000);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(errors).extracting(record -> record.getMessage() + " " + record.getThrown()).isEmpty();
        given().get("/openapi/svc/list?serviceKey=" + key.value()).then().statusCode(200);
    }

    @Test
    void aStoppedUpstreamIsCode05AtOnceAndItsCircuitOpens() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("vehicle-info", 1000));
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            given().get("/aio365/api/vehicle?serviceKey=" + key.value()).then().statusCode(502)
                    .body(containsString("<resultCode>05</resultCode>"));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
        }
        given().get("/aio365/api/vehicle?serviceKey=" + key.value()).then().statusCode(502)
                .body(containsString("circuit open"));
    }

    @Test
    void aSlowUpstreamTimesOutWithCode05WithoutSlowingTheOthers() {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 1000));
        StubKeys.Key ev = StubKeys.publish(StubKeys.active("ev-charger", 1000));
        long start = System.nanoTime();
        // 200 on the catalog route, whose errors carry their code in the body only (504 elsewhere).
        given().get("/openapi/slow?ms=4000&serviceKey=" + key.value()).then().statusCode(200)
                .body(containsString("<resultCode>05</resultCode>")).body(containsString("timed out"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isBetween(900L, 3500L);
        long evStart = System.nanoTime();
        given().get("/ev/getChargerInfo?serviceKey=" + ev.value()).then().statusCode(200);
        assertThat((System.nanoTime() - evStart) / 1_000_000).isLessThan(1000);
    }

    @Test
    void aRouteWithItsOwnTimeoutWaitsLongerThanItsUpstream() {
        // The catalogue's upstream times out after 1 s here; its admin route (bulk imports) waits up to 10 minutes.
        given().auth().oauth2(TestTokens.valid("1", "admin", "member", "admin"))
                .get("/admin/catalog/slow?ms=2500").then().statusCode(200).body("path", equalTo("/admin/catalog/slow"));
    }
}
