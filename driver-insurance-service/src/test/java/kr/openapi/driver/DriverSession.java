package kr.openapi.driver;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static kr.openapi.deploy.testing.ThroughTheGateway.asKeyHolder;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** A program vendor's session with the protocol, as a real client drives it: onboarded by staff, then getToken and calls. */
public final class DriverSession {

    public static final String PRODUCT = "driver-insurance";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    public final String clientKey;
    public final String appBizCode;
    public final String clientSecurity;

    private DriverSession(String clientKey, String appBizCode, String clientSecurity) {
        this.clientKey = clientKey;
        this.appBizCode = appBizCode;
        this.clientSecurity = clientSecurity;
    }

    /** A newly onboarded vendor with its clientSecurity. */
    public static DriverSession onboard() {
        String appBizCode = bizCode();
        String clientKey = asAdmin().contentType(ContentType.JSON).body(Map.of("appBizCode", appBizCode, "name", "테스트대리"))
                .post("/admin/driver/clients").then().statusCode(201).extract().path("clientKey");
        String security = asAdmin().post("/admin/driver/clients/" + clientKey + "/security")
                .then().statusCode(200).extract().path("clientSecurity");
        return new DriverSession(clientKey, appBizCode, security);
    }

    public static String bizCode() {
        return Long.toString(1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
    }

    public static String bizSeqNo() {
        return "DB" + System.currentTimeMillis() % 100_000_000 + SEQUENCE.incrementAndGet();
    }

    public static String now() {
        return LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    public ValidatableResponse requestToken(String reqBizCode, String bizSeqNo) {
        return call("getToken", Map.of("clientKey", clientKey, "clientSecurity", clientSecurity, "appBizCode", appBizCode,
                "bizSeqNo", bizSeqNo, "reqDate", now(), "reqBizCode", reqBizCode));
    }

    public String token(String reqBizCode, String bizSeqNo) {
        String token = requestToken(reqBizCode, bizSeqNo).extract().path("accessToken");
        assertThat(token).as("token for " + reqBizCode).hasSize(36);
        return token;
    }

    /** A batch call (insDriver, delDriver, findInsurance) with a fresh token of the right business code. */
    public ValidatableResponse batch(String call, String bizCode, String bizSeqNo, List<Map<String, String>> rows) {
        String code = switch (call) {
            case "insDriver" -> "D1";
            case "delDriver" -> "D2";
            case "findInsurance" -> "D4";
            default -> throw new IllegalArgumentException(call);
        };
        return call(call, batchBody(token(code, bizSeqNo), bizCode, bizSeqNo, rows));
    }

    public Map<String, Object> batchBody(String token, String bizCode, String bizSeqNo, List<Map<String, String>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientKey", clientKey);
        body.put("bizCode", bizCode);
        body.put("bizName", "바른대리운전");
        body.put("accessToken", token);
        body.put("bizSeqNo", bizSeqNo);
        body.put("reqCount", Integer.toString(rows.size()));
        body.put("reqDate", now());
        body.put("reqList", rows);
        return body;
    }

    /** getDriver with these filters added to the header. */
    public ValidatableResponse getDriver(String bizCode, Map<String, Object> filters) {
        String seq = bizSeqNo();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientKey", clientKey);
        body.put("bizCode", bizCode);
        body.put("accessToken", token("D3", seq));
        body.put("bizSeqNo", seq);
        body.put("reqDate", now());
        body.putAll(filters);
        return call("getDriver", body);
    }

    public static ValidatableResponse call(String call, Object body) {
        return asKeyHolder(PRODUCT).contentType("application/json;charset=UTF-8").body(body).post("/driver/v1/" + call)
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    public static Map<String, String> driver(String name, String registerNo, String phone) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("driverName", name);
        row.put("registerNo", registerNo);
        row.put("phone", phone);
        return row;
    }

    /** {@code count} distinct, valid drivers. */
    public static List<Map<String, String>> drivers(int count) {
        List<Map<String, String>> rows = new ArrayList<>(count);
        long base = ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L - count);
        for (int i = 0; i < count; i++) {
            rows.add(driver("기사" + i, String.format("%02d%02d%02d%d", 60 + i % 40, 1 + i % 12, 1 + i % 28, 1 + i % 2), "010" + (base + i)));
        }
        return rows;
    }
}
