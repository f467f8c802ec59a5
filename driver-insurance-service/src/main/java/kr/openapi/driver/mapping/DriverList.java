package kr.openapi.driver.mapping;

import java.util.List;

/** getDriver's answer. */
public record DriverList(String bizSeqNo, String totalCount, String resCount, String resDate, List<DriverStatus> resList) {
}
