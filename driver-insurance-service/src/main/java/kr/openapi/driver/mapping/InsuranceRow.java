package kr.openapi.driver.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One driver of findInsurance's answer: {@code insList} only for a consenting, insured driver. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsuranceRow(String driverName, String registerNo, String phone, List<Map<String, String>> insList,
                           String resBizCode, String resBizMessage) {
}
