package kr.openapi.driver.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One driver of getDriver's answer; {@code agreeDate} only while the driver consents. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DriverStatus(String driverName, String registerNo, String phone, String agreeYn, String agreeDate,
                           String resBizCode, String resBizMessage) {
}
