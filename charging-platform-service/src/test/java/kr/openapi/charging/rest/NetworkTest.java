package kr.openapi.charging.rest;

import static kr.openapi.charging.OperatorClient.cell;
import static kr.openapi.charging.OperatorClient.equipment;
import static kr.openapi.charging.OperatorClient.station;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kr.openapi.charging.OperatorClient;
import org.junit.jupiter.api.Test;

/** Stations, equipment and connectors: the seed's messages, checked fields, and what may not be deleted. */
@QuarkusTest
class NetworkTest {

    private static final String SEED_EXAMPLE = """
            {"cellId": "95", "equipmentId": "37", "operatorId": "%s", "cellType": 5, "cellStandard": "nisi exercitation qui ullamco",
             "ratedVoltageUpperLimit": 29, "ratedVoltageLowerLimit": 19, "ratedCurrent": 55, "ratedPower": 81,
             "electricityFee": "文山壮族苗族自治州", "serviceFee": "ad in esse deserunt elit", "fireControl": 97, "smokeSensation": 46}""";

    @Test
    void submitModifyListAndDeleteWithTheSeedsMessages() {
        OperatorClient operator = OperatorClient.onboard();
        operator.call("POST", "/platform/management/station", station("S1")).statusCode(200)
                .body("status", equalTo(200)).body("message", equalTo("请求成功!")).body("data", equalTo("提交成功!"));
        operator.call("POST", "/platform/management/equipment", equipment("E1", "S1")).statusCode(200);
        operator.call("POST", "/platform/management/cell", cell("C1", "E1")).statusCode(200).body("data", equalTo("提交成功!"));
        operator.call("POST", "/platform/management/cell", cell("C2", "E1")).statusCode(200);

        operator.call("GET", "/platform/management/station?pageNum=1&pageSize=10", null).statusCode(200)
                .body("data.total", equalTo(1)).body("data.records", hasSize(1))
                .body("data.records[0].statId", matchesPattern(operator.busiId + "[0-9A-Z]{6}"))
                .body("data.records[0].areaCode", equalTo("11140")).body("data.records[0].stationName", equalTo("서울시청 공영주차장"));
        operator.call("GET", "/platform/management/cell?pageNum=1&pageSize=1", null).statusCode(200)
                .body("data.total", equalTo(2)).body("data.records", hasSize(1)).body("data.records[0].chgerId", equalTo("01"))
                .body("data.records[0].stationId", equalTo("S1")).body("data.records[0].fireControl", equalTo(1));
        operator.call("GET", "/platform/management/cell?pageNum=2&pageSize=1", null).body("data.records[0].chgerId", equalTo("02"));

        operator.call("PUT", "/platform/management/cell", cell("C1", "E1").replace("\"ratedPower\":100", "\"ratedPower\":50")).statusCode(200)
                .body("data", equalTo("修改成功!"));
        operator.call("GET", "/platform/management/cell?pageSize=10", null).body("data.records[0].ratedPower", equalTo(50.0f));
        operator.call("POST", "/platform/management/cell", cell("C1", "E1")).statusCode(409).body("status", equalTo(409))
                .body("message", containsString("C1"));
        operator.call("PUT", "/platform/management/cell", cell("C9", "E1")).statusCode(404);

        operator.call("DELETE", "/platform/management/station?stationId=S1", null).statusCode(409).body("message", containsString("equipment"));
        operator.call("DELETE", "/platform/management/equipment?equipmentId=E1", null).statusCode(409).body("message", containsString("connectors"));
        operator.call("DELETE", "/platform/management/cell?cellId=C1", null).statusCode(200).body("data", equalTo("删除成功!"));
        operator.call("DELETE", "/platform/management/cell?cellId=C2", null).statusCode(200);
        operator.call("DELETE", "/platform/management/equipment?equipmentId=E1", null).statusCode(200);
        operator.call("DELETE", "/platform/management/station?stationId=S1", null).statusCode(200);
        operator.call("DELETE", "/platform/management/station?stationId=S1", null).statusCode(404);
        operator.call("DELETE", "/platform/management/station", null).statusCode(400).body("message", containsString("stationId"));
    }

    @Test
    void wrongValuesAreRefusedNamingTheField() {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1");
        operator.call("POST", "/platform/management/cell", SEED_EXAMPLE.formatted(operator.operatorId).replace("\"37\"", "\"E1\""))
                .statusCode(400).body("status", equalTo(400))
                .body("message", allOf(containsString("fireControl: must be 1 (yes), 2 (no) or 3 (unknown)"), containsString("smokeSensation")));
        operator.call("POST", "/platform/management/cell", cell("C1", "E1").replace("\"ratedVoltageLowerLimit\":200", "\"ratedVoltageLowerLimit\":800"))
                .statusCode(400).body("message", containsString("ratedVoltageLowerLimit"));
        operator.call("POST", "/platform/management/cell", cell("C1", "E1").replace("\"ratedPower\":100", "\"ratedPower\":-1"))
                .statusCode(400).body("message", containsString("ratedPower: must not be negative"));
        operator.call("POST", "/platform/management/cell", cell("C1", "E1").replace("\"cellType\":2", "\"cellType\":9"))
                .statusCode(400).body("message", containsString("cellType"));
        operator.call("POST", "/platform/management/cell", cell("C1", "E1").replace("\"cellType\":2", "\"cellType\":\"DC\""))
                .statusCode(400).body("message", containsString("cellType"));
        operator.call("POST", "/platform/management/cell", cell("C1", "E404")).statusCode(400).body("message", containsString("E404"));
        operator.call("POST", "/platform/management/equipment", equipment("E2", "S404")).statusCode(400).body("message", containsString("S404"));
        operator.call("POST", "/platform/management/equipment", equipment("E2", "S1").replace("2024-03-01", "2024-02-30"))
                .statusCode(400).body("message", containsString("productionDate"));
        operator.call("POST", "/platform/management/station", station("S2").replace("\"stationType\":1", "\"stationType\":7"))
                .statusCode(400).body("message", containsString("stationType"));
        operator.call("POST", "/platform/management/station", station("S2").replace("11140", "서울"))
                .statusCode(400).body("message", containsString("areaCode"));
        operator.call("POST", "/platform/management/station", "{\"stationId\":").statusCode(400).body("message", containsString("JSON"));
        operator.call("POST", "/platform/management/cell", SEED_EXAMPLE.formatted("99").replace("\"37\"", "\"E1\"")
                .replace("97", "1").replace("46", "1")).statusCode(403).body("message", containsString("operatorId 99"));
        operator.call("POST", "/platform/management/station", station("S\\u0000")).statusCode(400).body("message", containsString("NUL"));
        String now = OperatorClient.now();
        operator.signedAs(now, operator.token(), operator.sign(now, operator.token(), "DELETE", "/platform/management/station?stationId=%00",
                        new byte[0])).urlEncodingEnabled(false).delete("/platform/management/station?stationId=%00")
                .then().statusCode(400).body("message", containsString("control"));
        operator.call("GET", "/platform/management/cell?pageSize=0", null).statusCode(400).body("message", containsString("pageSize"));
        operator.call("GET", "/platform/management/cell", null).statusCode(200).body("data.records", hasSize(0))
                .body(not(containsString("Exception")));
    }
}
