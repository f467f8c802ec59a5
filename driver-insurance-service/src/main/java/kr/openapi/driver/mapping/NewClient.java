package kr.openapi.driver.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the institute's staff enter to onboard a driving-service company. */
public record NewClient(
        @NotBlank @Pattern(regexp = "[0-9]{10}", message = "사업자등록번호 10자리 숫자") String appBizCode,
        @NotBlank @Size(max = 200) String name) {
}
