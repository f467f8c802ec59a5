package kr.openapi.charging.mapping;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connector (充电口), the seed's fields exactly. */
public record CellBody(
        @NotBlank @Size(max = 64) @Schema(description = "充电设备接口编码, unique within the operator", example = "95") String cellId,
        @NotBlank @Size(max = 64) @Schema(example = "37") String equipmentId,
        @Size(max = 32) @Schema(description = "the caller's own id, if given", example = "99") String operatorId,
        @NotNull @Min(value = 1, message = CELL_TYPES) @Max(value = 5, message = CELL_TYPES)
        @Schema(description = "1 household socket, 2 DC plug, 3 AC plug, 4 wireless pad, 5 other", example = "2") Integer cellType,
        @NotBlank @Size(max = 100) @Schema(description = "the national standard it follows", example = "GB/T 20234.3-2015") String cellStandard,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("100000") @Schema(example = "750.0") Double ratedVoltageUpperLimit,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("100000") @Schema(example = "200.0") Double ratedVoltageLowerLimit,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("100000") @Schema(example = "250.0") Double ratedCurrent,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("100000") @Schema(example = "100.0") Double ratedPower,
        @NotBlank @Size(max = 200) @Schema(example = "292.9 원/kWh") String electricityFee,
        @NotBlank @Size(max = 200) @Schema(example = "0 원/kWh") String serviceFee,
        @NotNull @Min(value = 1, message = YES_NO_UNKNOWN) @Max(value = 3, message = YES_NO_UNKNOWN)
        @Schema(description = "fire extinguishing device: 1 yes, 2 no, 3 unknown", example = "1") Integer fireControl,
        @NotNull @Min(value = 1, message = YES_NO_UNKNOWN) @Max(value = 3, message = YES_NO_UNKNOWN)
        @Schema(description = "smoke detector: 1 yes, 2 no, 3 unknown", example = "1") Integer smokeSensation) {

    static final String CELL_TYPES = "must be 1 (household socket), 2 (DC plug), 3 (AC plug), 4 (wireless pad) or 5 (other)";
    static final String YES_NO_UNKNOWN = "must be 1 (yes), 2 (no) or 3 (unknown)";
}
