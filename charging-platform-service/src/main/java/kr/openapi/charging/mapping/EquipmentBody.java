package kr.openapi.charging.mapping;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A charger (充电设施, T/CEC 102's equipment): {@code equipmentType} 1 DC, 2 AC, 3 AC/DC, 4 wireless, 5 other. */
public record EquipmentBody(
        @NotBlank @Size(max = 64) @Schema(example = "EQ-0001") String equipmentId,
        @NotBlank @Size(max = 64) @Schema(example = "ST-0001") String stationId,
        @Size(max = 32) String operatorId,
        @Size(max = 100) @Schema(example = "급속 1호기") String equipmentName,
        @Size(max = 100) @Schema(example = "시그넷이브이") String manufacturerName,
        @Size(max = 100) @Schema(example = "SCD-100") String equipmentModel,
        @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be yyyy-MM-dd") @Schema(example = "2024-03-01") String productionDate,
        @NotNull @Min(value = 1, message = "must be 1 (DC), 2 (AC), 3 (AC/DC), 4 (wireless) or 5 (other)")
        @Max(value = 5, message = "must be 1 (DC), 2 (AC), 3 (AC/DC), 4 (wireless) or 5 (other)") @Schema(example = "1") Integer equipmentType,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("100000") @Schema(example = "100.0") Double power) {
}
