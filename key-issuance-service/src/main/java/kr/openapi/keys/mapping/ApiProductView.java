package kr.openapi.keys.mapping;

import java.time.LocalDate;
import kr.openapi.keys.repository.ApiProduct;

/**
 * An API product with the portal's "API information" block (seed: API 정보 — 관리부서, API 유형, 데이터포맷, 등록일,
 * 수정일, 트래픽 제한, 이용허락범위, 비용).
 */
public record ApiProductView(String code, String name, String description, String apiType, String dataFormat,
                             int dailyQuota, String trafficLimit, String licence, String cost, String department,
                             String departmentPhone, LocalDate registeredOn, LocalDate modifiedOn) {

    public static ApiProductView of(ApiProduct p) {
        return new ApiProductView(p.code, p.name, p.description, p.apiType, p.dataFormat, p.dailyQuota,
                String.format("%,d건 / 일", p.dailyQuota), p.licence, p.cost, p.department, p.departmentPhone,
                p.registeredOn, p.modifiedOn);
    }
}
