package kr.openapi.charging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.openapi.charging.OperatorClient;
import org.junit.jupiter.api.Test;

/** Real-time status and charging records: idempotent, ordered by the operator's time, rejected with a reason. */
@QuarkusTest
class ReportingTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    Pool pool;

    @Test
    void aStatusIsStoredOnceAndAnOlderOneNeverOverwritesIt() {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1", "C2");
        LocalDateTime base = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusMinutes(30);
        String t1 = base.format(TIME);
        String t2 = base.plusMinutes(1).format(TIME);

        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 3, t2)).statusCode(200)
                .body("data.accepted", equalTo(1)).body("data.items[0].result", equalTo("accepted"));
        operator.call("POST", "/platform/realtime/cell/status", OperatorClient.status("C1", 3, t2)).statusCode(200)
                .body("data.ignored", equalTo(1));
        operator.call("POST", "/platform/realtime/cell/status/again", OperatorClient.status("C1", 1, t1)).statusCode(200)
                .body("data.ignored", equalTo(1)).body("data.items[0].reason", containsString("not newer"));
        assertThat(stored(operator, "C1")).isEqualTo("3 " + t2);

        String list = "[" + OperatorClient.status("C1", 1, base.plusMinutes(2).format(TIME)) + "," + OperatorClient.status("C2", 2, t1) + ","
                + OperatorClient.status("C404", 1, t1) + "," + OperatorClient.status("C2", 7, t1) + ","
                + "{\"cellId\":\"C2\",\"status\":1,\"statusTime\":\"2026-02-30 10:00:00\"}" + ","
                + OperatorClient.status("C2", 1, base.plusDays(2).format(TIME)) + "]";
        operator.call("POST", "/platform/realtime/cell/status/list", list).statusCode(200)
                .body("data.accepted", equalTo(2)).body("data.ignored", equalTo(0)).body("data.rejected", equalTo(4))
                .body("data.items", hasSize(6))
                .body("data.items[2].reason", containsString("unknown cellId")).body("data.items[3].reason", containsString("status"))
                .body("data.items[4].reason", containsString("statusTime")).body("data.items[5].reason", containsString("future"));
        assertThat(stored(operator, "C1")).startsWith("1 ");
        assertThat(stored(operator, "C2")).isEqualTo("2 " + t1);

        // A fraction is not a status, and an id too long to be valid is not echoed whole.
        operator.call("POST", "/platform/realtime/cell/status", "{\"cellId\":\"C1\",\"status\":3.7,\"statusTime\":\"" + t2 + "\"}")
                .statusCode(400).body("message", containsString("status"));
        String longId = "C".repeat(100_000);
        operator.call("POST", "/platform/realtime/cell/status/list", "[" + OperatorClient.status(longId, 1, t1) + "]").statusCode(200)
                .body("data.rejected", equalTo(1)).body("data.items[0].cellId", hasLength(65))
                .body("data.items[0].reason", containsString("cellId"));
        String reason = operator.call("POST", "/platform/realtime/cell/status/list", "[" + OperatorClient.status("C1", 1, "9".repeat(100_000)) + "]")
                .statusCode(200).body("data.rejected", equalTo(1)).extract().path("data.items[0].reason");
        assertThat(reason).contains("statusTime").hasSizeLessThanOrEqualTo(301);
        // A method the path does not take: the body's status is the status line's.
        operator.call("GET", "/platform/realtime/cell/status", null).statusCode(405).body("status", equalTo(405));

        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) {
            tooMany.append(i == 0 ? "" : ",").append(OperatorClient.status("C1", 1, t1));
        }
        operator.call("POST", "/platform/realtime/cell/status/list", tooMany.append("]").toString()).statusCode(400)
                .body("message", containsString("1000"));
    }

    @Test
    void concurrentReportsOfOneConnectorLeaveTheNewest() throws Exception {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1");
        operator.token();
        LocalDateTime base = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusHours(1);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            offsets.add(i);
        }
        Collections.shuffle(offsets);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int offset : offsets) {
                sent.add(threads.submit(() -> operator.call("POST", "/platform/realtime/cell/status",
                        OperatorClient.status("C1", offset % 2 == 0 ? 3 : 1, base.plusSeconds(offset).format(TIME))).statusCode(200)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(stored(operator, "C1")).isEqualTo("1 " + base.plusSeconds(199).format(TIME));
    }

    @Test
    void recordsAreImmutableAndFoundByTheirStartTime() {
        OperatorClient operator = OperatorClient.onboard();
        operator.network("S1", "E1", "C1");
        String record = IsolationTest.record("R1", "C1");
        operator.call("POST", "/platform/operation/record", record).statusCode(200).body("data.accepted", equalTo(1))
                .body("data.items[0].startChargeSeq", equalTo("R1"));
        operator.call("POST", "/platform/operation/record", record).statusCode(200).body("data.ignored", equalTo(1));
        operator.call("POST", "/platform/operation/record", record.replace("9153", "9999")).statusCode(200)
                .body("data.rejected", equalTo(1)).body("data.items[0].reason", containsString("409"));
        String list = "[" + IsolationTest.record("R2", "C1").replace("13:00:00", "15:00:00").replace("13:42:10", "15:30:00") + ","
                + IsolationTest.record("R3", "C404") + "," + IsolationTest.record("R4", "C1").replace("31.25", "-1") + ","
                + IsolationTest.record("R5", "C1").replace("13:42:10", "12:00:00") + "]";
        operator.call("POST", "/platform/operation/record/list", list).statusCode(200)
                .body("data.accepted", equalTo(1)).body("data.rejected", equalTo(3))
                .body("data.items[1].reason", containsString("unknown cellId")).body("data.items[2].reason", containsString("totalPower"))
                .body("data.items[3].reason", containsString("endTime"));

        operator.call("GET", "/platform/operation/record?startTime=2026-12-04 13:00:00&endTime=2026-12-04 15:00:00", null)
                .statusCode(200).body("data.total", equalTo(1)).body("data.records[0].startChargeSeq", equalTo("R1"))
                .body("data.records[0].totalMoney", equalTo(9153.0f));
        operator.call("GET", "/platform/operation/record?pageNum=1&pageSize=10", null).body("data.total", equalTo(2));
        operator.call("GET", "/platform/operation/record?startTime=yesterday", null).statusCode(400).body("message", containsString("startTime"));
    }

    /** "status statusTime" as stored. */
    private String stored(OperatorClient operator, String cellId) {
        Row row = pool.preparedQuery("SELECT status, to_char(status_time, 'YYYY-MM-DD HH24:MI:SS') AS t FROM cell_status"
                        + " WHERE operator_id = $1 AND cell_id = $2")
                .execute(Tuple.of(operator.operatorId, cellId)).await().atMost(Duration.ofSeconds(10)).iterator().next();
        return row.getInteger("status") + " " + row.getString("t");
    }
}
