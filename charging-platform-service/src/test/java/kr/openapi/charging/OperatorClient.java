package kr.openapi.charging;

import static io.restassured.RestAssured.given;
import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.deploy.testing.OperatorSignature;
import kr.openapi.deploy.testing.TestTokens;

/**
 * A charge-point operator's program as it would be written from the seed: onboarded by staff, then every call
 * signed with HMAC-SHA256 over the seed's string (and, in STRICT mode, method, path and body digest).
 */
public final class OperatorClient {

    public static final String PRODUCT = "charging-platform";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 600));
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public final String operatorId;
    public final String busiId;
    public String secret;
    public final boolean strict;
    private String token;

    private OperatorClient(String operatorId, String busiId, String secret, boolean strict) {
        this.operatorId = operatorId;
        this.busiId = busiId;
        this.secret = secret;
        this.strict = strict;
    }

    public static OperatorClient onboard() {
        return onboard("SEED");
    }

    public static OperatorClient onboard(String signatureMode) {
        int n = NEXT.getAndIncrement() % 1296;
        String busiId = Character.toString("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(n / 36))
                + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(n % 36);
        String operatorId = "OP" + busiId + System.nanoTime() % 100000;
        asAdmin().contentType(ContentType.JSON).body(Map.of("operatorId", operatorId, "operatorName", "테스트충전", "busiId", busiId,
                "signatureMode", signatureMode)).post("/admin/charging/operators").then().statusCode(201);
        String secret = asAdmin().post("/admin/charging/operators/" + operatorId + "/secret").then().statusCode(200)
                .extract().path("operatorSecret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        return new OperatorClient(operatorId, busiId, secret, "STRICT".equals(signatureMode));
    }

    public static String now() {
        return LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DATETIME);
    }

    /** GET operatorAPIToken, signed over Datetime and OperatorId. */
    public ValidatableResponse requestToken(String datetime) {
        String path = "/platform/management/operatorAPIToken";
        return given().auth().oauth2(TestTokens.keyHolder(PRODUCT)).header("Datetime", datetime).header("OperatorId", operatorId)
                .header("Signature", sign(datetime, null, "GET", path, new byte[0])).get(path).then();
    }

    public String token() {
        if (token == null) {
            token = requestToken(now()).statusCode(200).extract().path("data.token");
        }
        return token;
    }

    /** A signed call with this operator's token. */
    public ValidatableResponse call(String method, String pathAndQuery, String body) {
        return call(method, pathAndQuery, body, now(), token());
    }

    public ValidatableResponse call(String method, String pathAndQuery, String body, String datetime, String token) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        RequestSpecification request = signedAs(datetime, token, sign(datetime, token, method, pathAndQuery, bytes));
        if (body != null) {
            request.contentType("application/json").body(bytes);
        }
        return request.request(method, pathAndQuery).then();
    }

    public RequestSpecification signedAs(String datetime, String token, String signature) {
        return given().auth().oauth2(TestTokens.keyHolder(PRODUCT)).header("Datetime", datetime).header("OperatorId", operatorId)
                .header("Token", token).header("Signature", signature);
    }

    public String sign(String datetime, String token, String method, String pathAndQuery, byte[] body) {
        return strict ? OperatorSignature.strict(secret, datetime, operatorId, token, method, pathAndQuery, body)
                : OperatorSignature.seed(secret, datetime, operatorId, token);
    }

    // --- the operator's network, in a few lines each ---

    public static String station(String stationId) {
        return "{\"stationId\":\"" + stationId + "\",\"stationName\":\"서울시청 공영주차장\",\"address\":\"서울특별시 중구 세종대로 110\","
                + "\"areaCode\":\"11140\",\"stationLat\":37.5663,\"stationLng\":126.9779,\"busineHours\":\"24시간\",\"stationType\":1,"
                + "\"stationStatus\":50,\"parkFree\":\"Y\",\"serviceTel\":\"1661-9408\"}";
    }

    public static String equipment(String equipmentId, String stationId) {
        return "{\"equipmentId\":\"" + equipmentId + "\",\"stationId\":\"" + stationId + "\",\"equipmentType\":1,\"power\":100.0,"
                + "\"manufacturerName\":\"시그넷이브이\",\"productionDate\":\"2024-03-01\"}";
    }

    public static String cell(String cellId, String equipmentId) {
        return "{\"cellId\":\"" + cellId + "\",\"equipmentId\":\"" + equipmentId + "\",\"cellType\":2,\"cellStandard\":\"GB/T 20234.3-2015\","
                + "\"ratedVoltageUpperLimit\":750,\"ratedVoltageLowerLimit\":200,\"ratedCurrent\":250,\"ratedPower\":100,"
                + "\"electricityFee\":\"292.9 원/kWh\",\"serviceFee\":\"0 원/kWh\",\"fireControl\":1,\"smokeSensation\":1}";
    }

    /** A station with one charger and these connectors, all submitted. */
    public void network(String stationId, String equipmentId, String... cellIds) {
        call("POST", "/platform/management/station", station(stationId)).statusCode(200);
        call("POST", "/platform/management/equipment", equipment(equipmentId, stationId)).statusCode(200);
        for (String cellId : cellIds) {
            call("POST", "/platform/management/cell", cell(cellId, equipmentId)).statusCode(200);
        }
    }

    public static String status(String cellId, int status, String statusTime) {
        return "{\"cellId\":\"" + cellId + "\",\"status\":" + status + ",\"statusTime\":\"" + statusTime + "\",\"soc\":50.0}";
    }
}
