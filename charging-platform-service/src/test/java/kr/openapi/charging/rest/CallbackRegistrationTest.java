package kr.openapi.charging.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.OperatorClient;
import org.junit.jupiter.api.Test;

/** Callback addresses: set, listed and deleted by their operator; never pointing into the platform's own network. */
@QuarkusTest
class CallbackRegistrationTest {

    private static final List<String> REFUSED = List.of("http://127.0.0.1/cb", "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/cb", "http://[::1]/cb", "http://[::ffff:127.0.0.1]/cb", "http://2130706433/cb", "http://localhost:8080/cb",
            "http://0.0.0.0/cb", "http://100.64.0.1/cb", "http://192.168.1.10/cb", "http://172.16.5.4/cb", "http://[fd00:ec2::254]/cb",
            "http://[fe80::1]/cb", "http://224.0.0.1/cb", "http://no-such-host.invalid/cb", "ftp://93.184.216.34/cb",
            "file:///etc/passwd", "http://user:pw@93.184.216.34/cb", "not a url", "");

    @Test
    void anOperatorSetsListsAndDeletesItsCallbacks() {
        OperatorClient operator = OperatorClient.onboard();
        operator.call("PUT", "/platform/realtime/callback/reportFailure", "{\"url\":\"https://93.184.216.34/report-failure\"}").statusCode(200)
                .body("data", equalTo("修改成功!"));
        operator.call("PUT", "/platform/safety/callback", "{\"url\":\"https://93.184.216.34/safety\"}").statusCode(200);
        operator.call("GET", "/platform/realtime/callback", null).statusCode(200)
                .body("data.reportFailure", equalTo("https://93.184.216.34/report-failure")).body("data.safety", equalTo("https://93.184.216.34/safety"))
                .body("data.cellStatusQuery", nullValue());
        operator.call("DELETE", "/platform/realtime/callback/reportFailure", null).statusCode(200).body("data", equalTo("删除成功!"));
        operator.call("DELETE", "/platform/realtime/callback/reportFailure", null).statusCode(404);
        operator.call("GET", "/platform/realtime/callback", null).body("data.reportFailure", nullValue());

        OperatorClient other = OperatorClient.onboard();
        other.call("GET", "/platform/realtime/callback", null).body("data.safety", nullValue());
    }

    @Test
    void everyAddressIntoThePlatformsNetworkIsRefused() {
        OperatorClient operator = OperatorClient.onboard();
        for (String url : REFUSED) {
            operator.call("PUT", "/platform/realtime/callback/cellStatusQuery", "{\"url\":\"" + url + "\"}").statusCode(400)
                    .body("message", containsString("url"));
        }
        operator.call("GET", "/platform/realtime/callback", null).body("data.cellStatusQuery", nullValue());
    }

    @Test
    void anAdminMayAllowARangeForOneOperator() {
        OperatorClient operator = OperatorClient.onboard();
        OperatorClient other = OperatorClient.onboard();
        asAdmin().contentType(ContentType.JSON).body(Map.of("cidrs", List.of("10.20.0.0/16")))
                .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(200)
                .body("cidrs[0]", equalTo("10.20.0.0/16"));
        operator.call("PUT", "/platform/realtime/callback/processData", "{\"url\":\"http://10.20.3.4:8443/process\"}").statusCode(200);
        operator.call("PUT", "/platform/realtime/callback/processData", "{\"url\":\"http://10.21.3.4/process\"}").statusCode(400);
        other.call("PUT", "/platform/realtime/callback/processData", "{\"url\":\"http://10.20.3.4:8443/process\"}").statusCode(400);
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("cidrs", List.of("0.0.0.0/0")))
                .put("/admin/charging/operators/" + operator.operatorId + "/callback-allowlist").then().statusCode(400);
    }
}
