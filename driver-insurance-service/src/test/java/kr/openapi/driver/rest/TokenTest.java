package kr.openapi.driver.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static kr.openapi.driver.DriverSession.bizSeqNo;
import static kr.openapi.driver.DriverSession.call;
import static kr.openapi.driver.DriverSession.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.openapi.common.security.ServiceKeyHash;
import kr.openapi.driver.DriverSession;
import org.junit.jupiter.api.Test;

/** getToken and the one-time tokens it issues. */
@QuarkusTest
class TokenTest {

    @Inject
    Pool pool;

    @Test
    void aTokenNeedsTheKeyItsCurrentSecurityAndItsBusinessNumber() {
        DriverSession vendor = DriverSession.onboard();
        String seq = bizSeqNo();
        vendor.requestToken("D4", seq)
                .body("accessToken", matchesPattern("[A-Za-z0-9]{36}")).body("bizSeqNo", equalTo(seq))
                .body("resDate", matchesPattern("20[0-9]{12}")).body("$", not(hasKey("resBizCode")));

        for (Map<String, Object> wrong : List.of(
                request(vendor.clientKey, "not-the-security", vendor.appBizCode),
                request(vendor.clientKey, vendor.clientSecurity, "1234567890"),
                request("2ffd133a-d17a-431d-a6a5", vendor.clientSecurity, vendor.appBizCode))) {
            call("getToken", wrong).body("resBizCode", equalTo("1101")).body("bizSeqNo", equalTo("DB20201222002121BAC"))
                    .body("$", not(hasKey("accessToken")));
        }

        String rotated = asAdmin().post("/admin/driver/clients/" + vendor.clientKey + "/security")
                .then().statusCode(200).extract().path("clientSecurity");
        assertThat(rotated).hasSize(36).isNotEqualTo(vendor.clientSecurity);
        call("getToken", request(vendor.clientKey, vendor.clientSecurity, vendor.appBizCode)).body("resBizCode", equalTo("1101"));
        call("getToken", request(vendor.clientKey, rotated, vendor.appBizCode)).body("accessToken", matchesPattern("[A-Za-z0-9]{36}"));
    }

    @Test
    void theRequestIsReadLiberallyButChecked() {
        DriverSession vendor = DriverSession.onboard();
        // The seed's tables spell clientKEY; numbers may come as numbers; the seed's own Content-Type has a colon.
        String body = "{\"clientKEY\":\"" + vendor.clientKey + "\",\"clientSecurity\":\"" + vendor.clientSecurity + "\",\"appBizCode\":"
                + vendor.appBizCode + ",\"bizSeqNo\":\"S1\",\"reqDate\":" + now() + ",\"reqBizCode\":\"d1\"}";
        kr.openapi.deploy.testing.ThroughTheGateway.asKeyHolder(DriverSession.PRODUCT).contentType("application/json:charset=UTF-8")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/driver/v1/getToken").then().statusCode(200).body("accessToken", matchesPattern("[A-Za-z0-9]{36}"));

        Map<String, Object> badDate = request(vendor.clientKey, vendor.clientSecurity, vendor.appBizCode);
        badDate.put("reqDate", "20200931120000");
        call("getToken", badDate).body("resBizCode", equalTo("1004"));
        Map<String, Object> badCode = request(vendor.clientKey, vendor.clientSecurity, vendor.appBizCode);
        badCode.put("reqBizCode", "D5");
        call("getToken", badCode).body("resBizCode", equalTo("1003"));
        Map<String, Object> tooLong = request(vendor.clientKey, vendor.clientSecurity, vendor.appBizCode);
        tooLong.put("bizSeqNo", "X".repeat(21));
        call("getToken", tooLong).body("resBizCode", equalTo("1002"));
        Map<String, Object> missing = request(vendor.clientKey, vendor.clientSecurity, vendor.appBizCode);
        missing.remove("clientSecurity");
        call("getToken", missing).body("resBizCode", equalTo("1001")).body("resBizMessage", org.hamcrest.Matchers.containsString("clientSecurity"));
        call("getToken", "{not json").body("resBizCode", equalTo("1000"));
    }

    @Test
    void eachWrongTokenHasItsOwnCode() {
        DriverSession vendor = DriverSession.onboard();
        DriverSession other = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        List<Map<String, String>> rows = DriverSession.drivers(1);

        String token = vendor.token("D4", "T1");
        call("findInsurance", vendor.batchBody(token, bizCode, "T1", rows)).body("resList[0].resBizCode", equalTo("2102"));
        call("findInsurance", vendor.batchBody(token, bizCode, "T1", rows)).body("resBizCode", equalTo("1202")).body("bizSeqNo", equalTo("T1"));
        call("findInsurance", vendor.batchBody("X".repeat(36), bizCode, "T1", rows)).body("resBizCode", equalTo("1201"));
        call("findInsurance", vendor.batchBody(other.token("D4", "T2"), bizCode, "T2", rows)).body("resBizCode", equalTo("1205"));
        call("findInsurance", vendor.batchBody(vendor.token("D1", "T3"), bizCode, "T3", rows)).body("resBizCode", equalTo("1204"));

        String expired = vendor.token("D4", "T4");
        pool.preparedQuery("UPDATE access_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1")
                .execute(Tuple.of(ServiceKeyHash.of(expired))).await().atMost(Duration.ofSeconds(10));
        call("findInsurance", vendor.batchBody(expired, bizCode, "T4", rows)).body("resBizCode", equalTo("1203"));

        // A call refused for its body still spends the token it presented.
        String spentByABadCall = vendor.token("D4", "T5");
        Map<String, Object> bad = vendor.batchBody(spentByABadCall, bizCode, "T5", rows);
        bad.put("reqCount", "2");
        call("findInsurance", bad).body("resBizCode", equalTo("1005"));
        call("findInsurance", vendor.batchBody(spentByABadCall, bizCode, "T5", rows)).body("resBizCode", equalTo("1202"));
    }

    @Test
    void fiftyConcurrentCallsWithOneTokenLetExactlyOneThrough() throws Exception {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        String token = vendor.token("D4", "C1");
        Map<String, Object> body = vendor.batchBody(token, bizCode, "C1", DriverSession.drivers(3));
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(() -> {
                    String code = call("findInsurance", body).extract().path("resBizCode");
                    return code == null ? "served" : code;
                });
            }
            Map<String, Integer> outcomes = new HashMap<>();
            for (Future<String> outcome : threads.invokeAll(calls)) {
                outcomes.merge(outcome.get(), 1, Integer::sum);
            }
            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("served", 1, "1202", 49));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, Object> request(String clientKey, String security, String appBizCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientKey", clientKey);
        body.put("clientSecurity", security);
        body.put("appBizCode", appBizCode);
        body.put("bizSeqNo", "DB20201222002121BAC");
        body.put("reqDate", now());
        body.put("reqBizCode", "D4");
        return body;
    }
}
