package kr.openapi.keys.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kr.openapi.keys.repository.ApiProduct;

/** What a publishing agency registers to offer a new API product on the portal. */
public record NewApiProduct(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "영문 소문자, 숫자, '-' 2~40자") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 40) String dataFormat,
        @Min(1) @Max(100_000_000) int dailyQuota,
        @NotBlank @Size(max = 200) String department,
        @NotBlank @Pattern(regexp = "[0-9-]{7,20}", message = "전화번호 형식이 아닙니다") String departmentPhone) {

    public ApiProduct toEntity(LocalDate today) {
        ApiProduct product = new ApiProduct();
        product.code = code;
        product.name = name.strip();
        product.description = description.strip();
        product.apiType = "REST";
        product.dataFormat = dataFormat.strip();
        product.dailyQuota = dailyQuota;
        product.licence = "이용허락범위 제한 없음";
        product.cost = "무료";
        product.department = department.strip();
        product.departmentPhone = departmentPhone;
        product.registeredOn = today;
        product.modifiedOn = today;
        return product;
    }
}
