package kr.openapi.driver.mapping;

import java.util.List;

/** findInsurance's answer. */
public record InsuranceAnswer(String bizSeqNo, String reqCount, String resCount, String resDate, List<InsuranceRow> resList) {
}
