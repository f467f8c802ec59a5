package kr.openapi.charging.mapping;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A charging station (充电站) in the seed's camelCase, with T/CEC 102's codes and what Korea's public charger API
 * serves of a station. {@code stationType}: 1 public, 50 personal, 100 bus, 101 sanitation, 102 logistics, 103 taxi,
 * 255 other. {@code stationStatus}: 0 unknown, 1 under construction, 5 closed, 6 under maintenance, 50 in use.
 */
public record StationBody(
        @NotBlank @Size(max = 64) @Schema(example = "ST-0001") String stationId,
        @Size(max = 32) @Schema(description = "the caller's own id, if given") String operatorId,
        @NotBlank @Size(max = 100) @Schema(example = "서울시청 공영주차장") String stationName,
        @NotBlank @Size(max = 200) @Schema(example = "서울특별시 중구 세종대로 110") String address,
        @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit district code (the first two digits are the province zcode)")
        @Schema(example = "11140") String areaCode,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "37.5663") Double stationLat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "126.9779") Double stationLng,
        @Size(max = 100) @Schema(example = "24시간 이용가능") String busineHours,
        @NotNull @Schema(example = "1", enumeration = {"1", "50", "100", "101", "102", "103", "255"}) Integer stationType,
        @NotNull @Schema(example = "50", enumeration = {"0", "1", "5", "6", "50"}) Integer stationStatus,
        @Pattern(regexp = "[YN]", message = "must be Y or N") String parkFree,
        @Size(max = 40) @Schema(example = "1661-9408") String serviceTel,
        @Size(max = 500) String remark,
        @Pattern(regexp = "[YN]", message = "must be Y or N") String limitYn,
        @Size(max = 200) String limitDetail) {
}
