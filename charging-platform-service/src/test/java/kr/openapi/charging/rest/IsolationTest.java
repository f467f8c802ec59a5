package kr.openapi.charging.rest;

import static kr.openapi.charging.OperatorClient.cell;
import static kr.openapi.charging.OperatorClient.equipment;
import static kr.openapi.charging.OperatorClient.station;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import kr.openapi.charging.OperatorClient;
import org.junit.jupiter.api.Test;

/** An operator never reads, changes or reports for another's network: to it, the other's objects do not exist. */
@QuarkusTest
class IsolationTest {

    @Test
    void anotherOperatorsNetworkDoesNotExistForAnOperator() {
        OperatorClient owner = OperatorClient.onboard();
        OperatorClient intruder = OperatorClient.onboard();
        owner.network("S1", "E1", "C1");
        owner.call("POST", "/platform/operation/record", record("R1", "C1")).statusCode(200).body("data.accepted", equalTo(1));

        for (String kind : new String[] {"station", "equipment", "cell"}) {
            intruder.call("GET", "/platform/management/" + kind, null).statusCode(200).body("data.total", equalTo(0));
        }
        intruder.call("PUT", "/platform/management/station", station("S1")).statusCode(404);
        intruder.call("PUT", "/platform/management/equipment", equipment("E1", "S1")).statusCode(404);
        intruder.call("PUT", "/platform/management/cell", cell("C1", "E1")).statusCode(404);
        intruder.call("DELETE", "/platform/management/cell?cellId=C1", null).statusCode(404);
        intruder.call("DELETE", "/platform/management/equipment?equipmentId=E1", null).statusCode(404);
        intruder.call("DELETE", "/platform/management/station?stationId=S1", null).statusCode(404);
        intruder.call("POST", "/platform/management/equipment", equipment("E9", "S1")).statusCode(400);
        intruder.call("POST", "/platform/management/cell", cell("C9", "E1")).statusCode(400);
        intruder.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 3, OperatorClient.now())).statusCode(200)
                .body("data.rejected", equalTo(1)).body("data.items[0].reason", org.hamcrest.Matchers.containsString("unknown cellId"));
        intruder.call("POST", "/platform/operation/record", record("R2", "C1")).statusCode(200).body("data.rejected", equalTo(1));
        intruder.call("GET", "/platform/operation/record", null).statusCode(200).body("data.total", equalTo(0));

        // The owner's network is untouched, and the same ids are free for the intruder's own.
        owner.call("GET", "/platform/management/cell", null).body("data.total", equalTo(1)).body("data.records[0].ratedPower", equalTo(100.0f));
        owner.call("GET", "/platform/operation/record", null).body("data.total", equalTo(1));
        intruder.network("S1", "E1", "C1");
    }

    static String record(String seq, String cellId) {
        return "{\"startChargeSeq\":\"" + seq + "\",\"cellId\":\"" + cellId + "\",\"startTime\":\"2026-12-04 13:00:00\","
                + "\"endTime\":\"2026-12-04 13:42:10\",\"totalPower\":31.25,\"totalElecMoney\":9153,\"totalServiceMoney\":0,"
                + "\"totalMoney\":9153,\"stopReason\":0}";
    }
}
