package kr.openapi.driver.rest;

import static kr.openapi.driver.DriverSession.bizSeqNo;
import static kr.openapi.driver.DriverSession.driver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.openapi.deploy.testing.ThroughTheGateway;
import kr.openapi.driver.Consents;
import kr.openapi.driver.DriverSession;
import org.junit.jupiter.api.Test;

/** registerNo and phone are never stored in clear, and delDriver erases them. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    Pool pool;

    @Test
    void noClearPhoneOrRegistrationNumberAnywhereInTheDatabase() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        String phone = "010" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String registerNo = String.format("%02d%02d%02d%d", ThreadLocalRandom.current().nextInt(50, 99), 3, 17, 2);
        Map<String, String> row = driver("박보험", registerNo, phone);
        vendor.batch("insDriver", bizCode, bizSeqNo(), List.of(row));
        Consents.decide(Consents.links(bizCode).get(0), "agree");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        ThroughTheGateway.asAdmin().contentType(ContentType.JSON)
                .body(List.of(LookupTest.policy(row, "03-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L),
                        now.minusDays(1), now.plusYears(1), "5000")))
                .post("/admin/driver/policies").then().statusCode(200);
        vendor.batch("findInsurance", bizCode, bizSeqNo(), List.of(row)).body("resList[0].resBizCode", equalTo("0000"));

        assertThat(rowsContaining(phone)).isEmpty();
        assertThat(rowsContaining(registerNo)).isEmpty();
        // They are there, encrypted: the driver is found by them.
        vendor.getDriver(bizCode, Map.of("phone", phone)).body("resList[0].registerNo", equalTo(registerNo));

        String deleting = bizSeqNo();
        vendor.batch("delDriver", bizCode, deleting, List.of(row)).body("resList[0].resBizCode", equalTo("0000"));
        assertThat(count("SELECT count(*) FROM driver WHERE biz_code = $1", bizCode)).isZero();
        // The audit keeps that it happened, with only the blind index of the person.
        assertThat(count("SELECT count(*) FROM driver_audit WHERE biz_code = $1 AND action = 'DELETED' AND biz_seq_no = $2"
                + " AND length(person_index) = 64", bizCode, deleting)).isEqualTo(1);
        assertThat(rowsContaining(phone)).isEmpty();
        assertThat(rowsContaining("박보험")).as("the name is gone with the driver (the policy keeps it encrypted)").isEmpty();
    }

    /** Every text column of every table of the service, searched for the value. */
    private List<String> rowsContaining(String value) {
        List<String> found = new ArrayList<>();
        List<Row> columns = new ArrayList<>();
        pool.query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
                        + " AND data_type IN ('text', 'character varying', 'character') AND table_name <> 'flyway_schema_history'")
                .execute().await().atMost(Duration.ofSeconds(10)).forEach(columns::add);
        for (Row column : columns) {
            String table = column.getString("table_name");
            String name = column.getString("column_name");
            long hits = count("SELECT count(*) FROM \"" + table + "\" WHERE \"" + name + "\" LIKE '%' || $1 || '%'", value);
            if (hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private long count(String sql, Object... values) {
        return pool.preparedQuery(sql).execute(Tuple.from(values)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
