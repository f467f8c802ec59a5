package kr.openapi.driver.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static kr.openapi.driver.DriverSession.bizSeqNo;
import static kr.openapi.driver.DriverSession.driver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.openapi.driver.Consents;
import kr.openapi.driver.DriverSession;
import org.junit.jupiter.api.Test;

/** getDriver's filters and orders, and findInsurance over the insurer feed. */
@QuarkusTest
class LookupTest {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Test
    void getDriverFiltersOrdersAndPages() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        String phone = "010" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        vendor.batch("insDriver", bizCode, bizSeqNo(), List.of(driver("김철수", "9001011", "01033334444"), driver("가나다", "7502152", "01055556666")));
        vendor.batch("insDriver", bizCode, bizSeqNo(), List.of(driver("홍길동", "8805231", phone)));

        vendor.getDriver(bizCode, Map.of()).body("totalCount", equalTo("3")).body("resCount", equalTo("3"))
                .body("resList.driverName", contains("홍길동", "가나다", "김철수")).body("resList[0].agreeYn", equalTo("M"))
                .body("resList[0]", not(hasKey("agreeDate"))).body("resList[0].resBizCode", equalTo("0000"));
        vendor.getDriver(bizCode, Map.of("orderType", "2")).body("resList.driverName", contains("가나다", "김철수", "홍길동"));
        vendor.getDriver(bizCode, Map.of("orderType", 2, "reqCount", 2, "reqPage", 2))
                .body("totalCount", equalTo("3")).body("resCount", equalTo("1")).body("resList.driverName", contains("홍길동"));
        vendor.getDriver(bizCode, Map.of("birthDay", "880523")).body("resList.driverName", contains("홍길동"))
                .body("resList[0].registerNo", equalTo("8805231")).body("resList[0].phone", equalTo(phone));
        vendor.getDriver(bizCode, Map.of("birthDay", "8805231")).body("resList.driverName", contains("홍길동"));
        vendor.getDriver(bizCode, Map.of("phone", "010-3333-4444")).body("resList.driverName", contains("김철수"));
        vendor.getDriver(bizCode, Map.of("driverName", "가나다")).body("totalCount", equalTo("1"));
        vendor.getDriver(bizCode, Map.of("agreeYn", "Y")).body("totalCount", equalTo("0"));
        vendor.getDriver(bizCode, Map.of("agreeYn", "M")).body("totalCount", equalTo("3"));

        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.BASIC_ISO_DATE);
        vendor.getDriver(bizCode, Map.of("fromDate", today, "toDate", today)).body("totalCount", equalTo("3"));
        vendor.getDriver(bizCode, Map.of("fromDate", "20200901", "toDate", "20200930")).body("totalCount", equalTo("0"));
        vendor.getDriver(bizCode, Map.of("fromDate", "20200901", "toDate", "20200931")).body("resBizCode", equalTo("1004"))
                .body("resBizMessage", org.hamcrest.Matchers.containsString("toDate"));
        vendor.getDriver(bizCode, Map.of("agreeYn", "X")).body("resBizCode", equalTo("1003"));
        vendor.getDriver(bizCode, Map.of("reqCount", "1001")).body("resBizCode", equalTo("1006"));
    }

    @Test
    void findInsuranceGivesCoverOnlyToRegisteredConsentingDrivers() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        List<Map<String, String>> rows = DriverSession.drivers(3);
        Map<String, String> consenting = rows.get(0);
        Map<String, String> silent = rows.get(1);
        Map<String, String> unregistered = rows.get(2);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        String current = "08-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        String renewal = "09-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        String ended = "07-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        asAdmin().contentType(ContentType.JSON).body(List.of(
                        policy(consenting, current, now.minusMonths(6), now.plusMonths(6), "5000"),
                        policy(consenting, renewal, now.plusMonths(6), now.plusMonths(18), "7000"),
                        policy(consenting, ended, now.minusMonths(30), now.minusMonths(18), "1000"),
                        policy(silent, "06-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L),
                                now.minusMonths(1), now.plusMonths(11), "5000")))
                .post("/admin/driver/policies").then().statusCode(200)
                .body("received", equalTo(4)).body("inserted", equalTo(4)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        vendor.batch("insDriver", bizCode, bizSeqNo(), rows.subList(0, 2));
        String seq = bizSeqNo();
        vendor.batch("findInsurance", bizCode, seq, rows).body("bizSeqNo", equalTo(seq)).body("reqCount", equalTo("3"))
                .body("resCount", equalTo("3"))
                .body("resList[0].resBizCode", equalTo("2103")).body("resList[0]", not(hasKey("insList")))
                .body("resList[1].resBizCode", equalTo("2103"))
                .body("resList[2].resBizCode", equalTo("2102")).body("resList[2].driverName", equalTo(unregistered.get("driverName")));

        Consents.decide(Consents.links(bizCode).get(1), "agree");
        vendor.batch("findInsurance", bizCode, bizSeqNo(), rows)
                .body("resList[0].resBizCode", equalTo("0000")).body("resList[0].insList", hasSize(1))
                .body("resList[0].insList[0].asEnrollYn", equalTo("Y"))
                .body("resList[0].insList[0].asInsuranceNo", equalTo(current))
                .body("resList[0].insList[0].asFromDate", equalTo(now.minusMonths(6).format(STAMP)))
                .body("resList[0].insList[0].asPeoAmt", equalTo("5000")).body("resList[0].insList[0].asCarPercent", equalTo("020"))
                .body("resList[0].insList[0].asCompName", equalTo("XX손보"))
                .body("resList[0].insList[0].enrollYn", equalTo("Y")).body("resList[0].insList[0].insuranceNo", equalTo(renewal))
                .body("resList[0].insList[0].peoAmt", equalTo("7000"))
                .body("resList[0].insList[0].toDate", equalTo(now.plusMonths(18).format(STAMP)))
                .body("resList[1].resBizCode", equalTo("2103")).body("resList[1].insList", nullValue());

        // The feed is idempotent by insuranceNo: the same file again changes nothing; a changed policy is updated.
        asAdmin().contentType(ContentType.JSON).body(List.of(policy(consenting, current, now.minusMonths(6), now.plusMonths(6), "5000"),
                        policy(consenting, renewal, now.plusMonths(6), now.plusMonths(18), "8000")))
                .post("/admin/driver/policies").then().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        vendor.batch("findInsurance", bizCode, bizSeqNo(), rows.subList(0, 1)).body("resList[0].insList[0].peoAmt", equalTo("8000"));
    }

    @Test
    void aFeedWithOneInvalidRecordIsRefusedWhole() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        Map<String, String> someone = DriverSession.drivers(1).get(0);
        String good = "05-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        Map<String, Object> bad = policy(someone, "04-1", now, now.plusYears(1), "5000");
        bad.put("toDate", "20200931120000");
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(List.of(policy(someone, good, now, now.plusYears(1), "5000"), bad))
                .post("/admin/driver/policies").then().statusCode(400).body("resultCode", equalTo("10"))
                .body("resultDetail", org.hamcrest.Matchers.containsString("[1]"));
        // Nothing of it was stored: the good record is new when sent alone.
        asAdmin().contentType(ContentType.JSON).body(List.of(policy(someone, good, now, now.plusYears(1), "5000")))
                .post("/admin/driver/policies").then().statusCode(200).body("inserted", equalTo(1));
    }

    @Test
    void staffListConsentRequestsWithMaskedNamesAndTheDriversLinks() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        vendor.batch("insDriver", bizCode, bizSeqNo(), List.of(driver("홍길동", "8805221", "01022229999")));
        asAdmin().queryParam("bizCode", bizCode).queryParam("status", "PENDING").get("/admin/driver/consent-requests").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].driverName", equalTo("홍*동"))
                .body("items[0].status", equalTo("PENDING")).body("items[0].bizCode", equalTo(bizCode))
                .body("items[0].consentUrl", matchesPattern("/driver/consent/[A-Za-z0-9]{43}"));
        Consents.decide(Consents.links(bizCode).get(0), "agree");
        asAdmin().queryParam("bizCode", bizCode).queryParam("status", "PENDING").get("/admin/driver/consent-requests").then()
                .body("items", hasSize(0));
        asAdmin().queryParam("bizCode", bizCode).queryParam("status", "AGREED").get("/admin/driver/consent-requests").then()
                .body("items", hasSize(1));
        asAdmin().accept(ContentType.JSON).queryParam("status", "MAYBE").get("/admin/driver/consent-requests").then()
                .statusCode(400).body("resultCode", equalTo("10"));
        vendor.getDriver(bizCode, Map.of("agreeYn", "Y")).body("totalCount", equalTo("1"))
                .body("resList[0].agreeDate", matchesPattern("20[0-9]{12}"));
        assertThat(Consents.links(bizCode)).hasSize(1);
    }

    static Map<String, Object> policy(Map<String, String> driver, String insuranceNo, LocalDateTime from, LocalDateTime to, String peoAmt) {
        Map<String, Object> policy = new LinkedHashMap<>(driver);
        policy.put("insuranceNo", insuranceNo);
        policy.put("fromDate", from.format(STAMP));
        policy.put("toDate", to.format(STAMP));
        policy.put("people", "1");
        policy.put("peoAmt", peoAmt);
        policy.put("goodsAmt", 5000);
        policy.put("carPercent", "020");
        policy.put("perLow", "005");
        policy.put("perHigh", "050");
        policy.put("deadAmt", "10000");
        policy.put("injAmt", "05000");
        policy.put("disAmt", "10000");
        policy.put("myCarAmt", "10000");
        policy.put("compCd", "01");
        policy.put("compName", "XX손보");
        return policy;
    }
}
