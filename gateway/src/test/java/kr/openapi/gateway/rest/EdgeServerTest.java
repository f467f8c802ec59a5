package kr.openapi.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.Set;
import kr.openapi.gateway.StubKeys;
import org.junit.jupiter.api.Test;

/** The public port's HTTP/1.1 as clients use it, beyond what a client library shows: the edge is the gateway's own. */
@QuarkusTest
class EdgeServerTest {

    private static String get(String pathAndQuery, String... headers) {
        return "GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headers) + "\r\n";
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheirOrderOnOneUpstreamConnection() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            StringBuilder three = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                three.append(get("/openapi/svc/list?n=" + i + "&serviceKey=" + key.value()));
            }
            connection.send(three.toString());
            Set<Integer> upstreamConnections = new HashSet<>();
            for (int i = 1; i <= 3; i++) {
                RawConnection.Response response = connection.read();
                assertThat(response.status()).isEqualTo(200);
                JsonPath echo = JsonPath.from(response.body());
                assertThat(echo.getString("query")).isEqualTo("n=" + i);
                upstreamConnections.add(echo.getInt("connectionPort"));
            }
            assertThat(upstreamConnections).hasSize(1);
        }
    }

    @Test
    void aRefusedRequestThatExpectsContinueGetsItsRefusalAndNo100() throws Exception {
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nX-Service-Key: NoSuchKey\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n");
            RawConnection.Response refusal = connection.read();
            assertThat(refusal.status()).isEqualTo(401);
            assertThat(refusal.body()).contains("\"resBizCode\":\"G030\"");
            // The body it was told not to send would be read as the next request: the connection ends here.
            assertThat(connection.closedByPeer()).isTrue();
        }
    }

    @Test
    void anAcceptedRequestThatExpectsContinueIsToldToContinueAndItsBodyForwarded() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("driver-insurance", 100));
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nX-Service-Key: " + key.value() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n");
            assertThat(connection.read().status()).isEqualTo(100);
            connection.send("{\"a\":\"12\"}");
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(200);
            JsonPath echo = JsonPath.from(answer.body());
            assertThat(echo.getInt("bodyLength")).isEqualTo(10);
            assertThat(echo.getMap("headers")).doesNotContainKey("expect");
        }
    }

    @Test
    void aChunkedUploadIsForwardedWhole() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("driver-insurance", 100));
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nX-Service-Key: " + key.value() + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\n{\"a\":\r\n3\r\n\"1\"\r\n1\r\n}\r\n0\r\n\r\n");
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(JsonPath.from(answer.body()).getInt("bodyLength")).isEqualTo(9);
        }
    }

    @Test
    void anHttp10CallerIsAnsweredThenClosedUnlessItAskedToKeepTheConnection() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("GET /openapi/svc/list?serviceKey=" + key.value() + " HTTP/1.0\r\n\r\n");
            assertThat(connection.read().status()).isEqualTo(200);
            assertThat(connection.closedByPeer()).isTrue();
        }
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            for (int i = 0; i < 2; i++) {
                connection.send("GET /openapi/svc/list?serviceKey=" + key.value() + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
                RawConnection.Response response = connection.read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.headers()).containsEntry("connection", "keep-alive");
            }
        }
    }

    @Test
    void aRequestThatCannotBeParsedIsRefusedInItsRoutesDialectAndItsConnectionClosed() throws Exception {
        RawConnection.Response refusal = refusedAndClosed(get("/driver/v1/getToken", "X-Big: " + "x".repeat(64 * 1024) + "\r\n"));
        assertThat(refusal.status()).isEqualTo(431);
        assertThat(JsonPath.from(refusal.body()).getString("resBizCode")).isEqualTo("G004");
        // On the catalog's route every answer is 200, the code in the body (as the Gov24 API answers).
        refusal = refusedAndClosed(get("/openapi/svc/list", "X-Big: " + "x".repeat(64 * 1024) + "\r\n"));
        assertThat(refusal.status()).isEqualTo(200);
        assertThat(refusal.body()).contains("<resultCode>04</resultCode>");
        // A request line too long to read names no route: the platform's own envelope.
        refusal = refusedAndClosed("GET /" + "a".repeat(20 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(refusal.status()).isEqualTo(414);
        assertThat(refusal.body()).contains("<resultCode>04</resultCode>");
        // One longer than the services take, but read whole: refused in its route's dialect, the connection kept.
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send(get("/driver/v1/getToken?pad=" + "a".repeat(5000)));
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(414);
            assertThat(JsonPath.from(answer.body()).getString("resBizCode")).isEqualTo("G004");
            connection.send(get("/ev/public/prices"));
            assertThat(connection.read().status()).isEqualTo(200);
        }
        assertThat(refusedAndClosed("GET /ev/getChargerInfo HTTP/1.1\r\nHost: localhost\r\nContent-Length: nonsense\r\n\r\n").status())
                .isEqualTo(400);
        // Header names are validated as they are decoded (the gateway's own names are trusted only when it sets them).
        assertThat(refusedAndClosed("GET /ev/getChargerInfo HTTP/1.1\r\nHost: localhost\r\nX-Forwarded(For): 10.0.0.1\r\n\r\n").status())
                .isEqualTo(400);
    }

    @Test
    void aRequestWhoseEndOrHostIsAmbiguousIsRefusedAndNothingAfterItIsRead() throws Exception {
        String smuggled = "GET /ev/public/smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String post = "POST /ev/public/prices HTTP/1.1\r\nHost: localhost\r\n";
        // Framed by its length to a proxy in front, by its chunks to the edge: what follows would be a second request.
        assertThat(refusedAndClosed(post + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled).status())
                .isEqualTo(400);
        assertThat(refusedAndClosed(post + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n" + smuggled).status())
                .isEqualTo(400);
        assertThat(refusedAndClosed(post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n" + smuggled)
                .status()).isEqualTo(400);
        assertThat(refusedAndClosed(post + "Transfer-Encoding: xchunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + smuggled).status())
                .isEqualTo(400);
        assertThat(refusedAndClosed(post + "Transfer-Encoding: gzip\r\n\r\n" + smuggled).status()).isEqualTo(400);
        assertThat(refusedAndClosed(post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + smuggled).status()).isEqualTo(501);
        assertThat(refusedAndClosed("GET /ev/public/prices HTTP/1.1\r\n\r\n" + smuggled).status()).isEqualTo(400);
        assertThat(refusedAndClosed("GET /ev/public/prices HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n" + smuggled)
                .status()).isEqualTo(400);
        // Chunked alone, in any case, goes on; so does HTTP/1.0 without Host.
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send(post + "Transfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(JsonPath.from(answer.body()).getInt("bodyLength")).isEqualTo(3);
            connection.send("GET /ev/public/prices HTTP/1.0\r\n\r\n");
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    @Test
    void aBodyLargerThanItsRouteTakesIsRefusedBeforeItIsSentOnOrCounted() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("driver-insurance", 100));
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nX-Service-Key: " + key.value()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{\"reqList\":[");
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(413);
            assertThat(JsonPath.from(answer.body()).getString("resBizCode")).isEqualTo("G004");
            assertThat(answer.headers()).as("refused before the quota counts it").doesNotContainKey("ratelimit-remaining");
        }
        // Within the limit, the same call goes on.
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nX-Service-Key: " + key.value()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers()).containsEntry("ratelimit-remaining", "99");
        }
    }

    @Test
    void aChunkedBodyThatOutgrowsItsRouteIsCutOffWithARefusalInTheRoutesDialect() throws Exception {
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /ev/public/prices HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = Integer.toHexString(64 * 1024) + "\r\n" + "x".repeat(64 * 1024) + "\r\n";
            for (int i = 0; i < 11 * 16; i++) {
                connection.send(chunk);
            }
            connection.send("0\r\n\r\n");
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("<returnReasonCode>04</returnReasonCode>");
            assertThat(connection.closedByPeer()).isTrue();
        }
    }

    /** Sends {@code request} on a new connection: its one answer, after which the connection must close. */
    private static RawConnection.Response refusedAndClosed(String request) throws Exception {
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send(request);
            RawConnection.Response answer = connection.read();
            assertThat(connection.closedByPeer()).as("closed after the answer to: " + request.lines().findFirst().orElse("")).isTrue();
            return answer;
        }
    }

    @Test
    void aRefusalIsReceivedEvenWhenAMalformedChunkEndsTheConnectionRightAfterIt() throws Exception {
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            // One send: a request refused at once (no key), then a chunk size that is not a number.
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "4\r\nabcd\r\nzz\r\n");
            assertThat(connection.read().status()).isEqualTo(401);
            assertThat(connection.closedByPeer()).isTrue();
        }
    }

    @Test
    void theRestOfARefusedRequestsBodyIsDroppedAndTheConnectionGoesOn() throws Exception {
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            String body = "x".repeat(200_000);
            connection.send("POST /driver/v1/insDriver HTTP/1.1\r\nHost: localhost\r\nX-Service-Key: NoSuchKey\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body);
            assertThat(connection.read().status()).isEqualTo(401);
            connection.send(get("/openapi/svc/list?after=refusal&serviceKey=" + key.value()));
            RawConnection.Response next = connection.read();
            assertThat(next.status()).isEqualTo(200);
            assertThat(JsonPath.from(next.body()).getString("query")).isEqualTo("after=refusal");
        }
    }

    @Test
    void aBodysLengthCannotBeHiddenFromTheUpstreamByListingItInConnection() throws Exception {
        String smuggled = "GET /ev/public/smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send("POST /ev/public/prices HTTP/1.1\r\nHost: localhost\r\nConnection: content-length\r\n"
                    + "Content-Length: " + smuggled.length() + "\r\n\r\n" + smuggled);
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(200);
            JsonPath echo = JsonPath.from(answer.body());
            assertThat(echo.getString("path")).isEqualTo("/ev/public/prices");
            assertThat(echo.getInt("bodyLength")).isEqualTo(smuggled.length());
            assertThat(echo.getString("headers.'content-length'")).isEqualTo(String.valueOf(smuggled.length()));
        }
    }

    @Test
    void aQueryThatCannotBeDecodedStillGetsItsAnswer() throws Exception {
        try (RawConnection connection = new RawConnection(RestAssured.port)) {
            connection.send(get("/no/such/api?format=%zz"));
            RawConnection.Response answer = connection.read();
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).contains("<resultCode>12</resultCode>");
            connection.send(get("/no/such/api?a=%"));
            assertThat(connection.read().status()).isEqualTo(404);
        }
    }

    @Test
    void aCallerThatAsksToCloseGetsItsWholeRefusalWhileItsBodyIsStillComing() throws Exception {
        String body = "{\"name\":\"" + "x".repeat(4000) + "\"}";
        for (int i = 0; i < 30; i++) {
            try (RawConnection connection = new RawConnection(RestAssured.port)) {
                connection.send("POST /admin/catalog/services HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n");
                connection.send(body);
                RawConnection.Response refusal = connection.read();
                assertThat(refusal.status()).isEqualTo(401);
                assertThat(refusal.body()).contains("<resultCode>");
                assertThat(connection.closedByPeer()).isTrue();
            }
        }
    }
}
