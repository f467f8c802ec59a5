package kr.openapi.driver.rest;

import static kr.openapi.driver.DriverSession.bizSeqNo;
import static kr.openapi.driver.DriverSession.call;
import static kr.openapi.driver.DriverSession.driver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.openapi.driver.DriverSession;
import org.junit.jupiter.api.Test;

/** insDriver and delDriver: batches, rows that fail alone, and bizSeqNo as one transaction. */
@QuarkusTest
class RegistrationTest {

    @Test
    void aBadRowFailsAloneWithItsOwnCode() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        String seq = bizSeqNo();
        List<Map<String, String>> rows = new ArrayList<>(DriverSession.drivers(2));
        rows.add(driver("홍길동", "8813221", "01022229999"));
        rows.add(driver("", "8805221", "01022229999"));
        rows.add(driver("홍길동".repeat(7), "8805221", "01022229999"));
        rows.add(driver("홍길동", "8805221", "021234"));
        rows.add(rows.get(0));
        vendor.batch("insDriver", bizCode, seq, rows)
                .body("bizSeqNo", equalTo(seq)).body("resCount", equalTo("7")).body("resDate", org.hamcrest.Matchers.matchesPattern("20[0-9]{12}"))
                .body("resList", hasSize(7))
                .body("resList[0].resBizCode", equalTo("0000")).body("resList[0].resBizMessage", equalTo("정상처리"))
                .body("resList[0].driverName", equalTo(rows.get(0).get("driverName")))
                .body("resList[0].registerNo", equalTo(rows.get(0).get("registerNo")))
                .body("resList[0].phone", equalTo(rows.get(0).get("phone")))
                .body("resList[1].resBizCode", equalTo("0000"))
                .body("resList[2].resBizCode", equalTo("2002")).body("resList[2].resBizMessage", containsString("registerNo"))
                .body("resList[3].resBizCode", equalTo("2001")).body("resList[3].resBizMessage", containsString("driverName"))
                .body("resList[4].resBizCode", equalTo("2002"))
                .body("resList[5].resBizCode", equalTo("2002")).body("resList[5].resBizMessage", containsString("phone"))
                .body("resList[6].resBizCode", equalTo("2002"));

        // Half a character (a lone surrogate, as JSON can write it) is refused like a control character.
        String loneSurrogate = "LONE_SURROGATE";
        String halfSeq = bizSeqNo();
        Map<String, Object> body = vendor.batchBody(vendor.token("D1", halfSeq), bizCode, halfSeq,
                List.of(driver("홍" + loneSurrogate, "8805221", "01022229999")));
        String json;
        try {
            json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body).replace(loneSurrogate, "\\ud800");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        DriverSession.call("insDriver", json).body("resList[0].resBizCode", equalTo("2002"))
                .body("resList[0].resBizMessage", containsString("driverName"));

        // Registered once: a second registration of the same driver under another number says so.
        vendor.batch("insDriver", bizCode, bizSeqNo(), rows.subList(0, 1)).body("resList[0].resBizCode", equalTo("2101"));
        // Drivers belong to their company: the same driver at another company is another registration.
        vendor.batch("insDriver", DriverSession.bizCode(), bizSeqNo(), rows.subList(0, 1)).body("resList[0].resBizCode", equalTo("0000"));
    }

    @Test
    void batchesAreAtMostAThousandAndReqCountMustMatch() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        vendor.batch("insDriver", bizCode, bizSeqNo(), DriverSession.drivers(1001)).body("resBizCode", equalTo("1006"))
                .body("$", not(hasKey("resList")));
        assertThat(vendor.getDriver(bizCode, Map.of()).extract().<String>path("totalCount")).isEqualTo("0");

        String seq = bizSeqNo();
        Map<String, Object> mismatch = vendor.batchBody(vendor.token("D1", seq), bizCode, seq, DriverSession.drivers(3));
        mismatch.put("reqCount", 4);
        call("insDriver", mismatch).body("resBizCode", equalTo("1005")).body("bizSeqNo", equalTo(seq));

        vendor.batch("insDriver", bizCode, bizSeqNo(), DriverSession.drivers(1000)).body("resCount", equalTo("1000"))
                .body("resList.findAll { it.resBizCode == '0000' }", hasSize(1000));
        vendor.getDriver(bizCode, Map.of()).body("totalCount", equalTo("1000")).body("resCount", equalTo("1000"));
    }

    @Test
    void aRepeatedBizSeqNoReplaysTheFirstAnswerAndNeverRegistersTwice() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        String seq = bizSeqNo();
        List<Map<String, String>> rows = DriverSession.drivers(3);
        ValidatableResponse first = vendor.batch("insDriver", bizCode, seq, rows);
        String firstAnswer = first.extract().asString();

        // The client lost the answer and retries with a new token and the same bizSeqNo: the same answer, nothing twice.
        String replayed = vendor.batch("insDriver", bizCode, seq, rows).extract().asString();
        assertThat(replayed).isEqualTo(firstAnswer);
        vendor.getDriver(bizCode, Map.of()).body("totalCount", equalTo("3"));

        // The same number with another request is refused, and changes nothing.
        vendor.batch("insDriver", bizCode, seq, DriverSession.drivers(2)).body("resBizCode", equalTo("1301")).body("bizSeqNo", equalTo(seq));
        vendor.getDriver(bizCode, Map.of()).body("totalCount", equalTo("3"));

        // delDriver has its own numbers: the same bizSeqNo deletes once, and a replay answers as the first did.
        String deleted = vendor.batch("delDriver", bizCode, seq, rows.subList(0, 2)).body("resList[0].resBizCode", equalTo("0000"))
                .body("resList[1].resBizCode", equalTo("0000")).extract().asString();
        assertThat(vendor.batch("delDriver", bizCode, seq, rows.subList(0, 2)).extract().asString()).isEqualTo(deleted);
        vendor.getDriver(bizCode, Map.of()).body("totalCount", equalTo("1"));
        vendor.batch("delDriver", bizCode, bizSeqNo(), rows.subList(0, 1)).body("resList[0].resBizCode", equalTo("2102"));
    }

    @Test
    void driversBelongToTheVendorThatRegisteredThem() {
        DriverSession vendor = DriverSession.onboard();
        DriverSession other = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        List<Map<String, String>> rows = DriverSession.drivers(2);
        vendor.batch("insDriver", bizCode, bizSeqNo(), rows);

        other.getDriver(bizCode, Map.of()).body("totalCount", equalTo("0")).body("resList", hasSize(0));
        other.batch("delDriver", bizCode, bizSeqNo(), rows).body("resList[0].resBizCode", equalTo("2102"));
        other.batch("findInsurance", bizCode, bizSeqNo(), rows).body("resList[0].resBizCode", equalTo("2102"));
        vendor.getDriver(bizCode, Map.of()).body("totalCount", equalTo("2"));
    }
}
