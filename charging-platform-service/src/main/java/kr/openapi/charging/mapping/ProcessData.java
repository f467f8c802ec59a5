package kr.openapi.charging.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One sample of a charging process, pushed by the operator when the platform asks for it (staff, or a safety
 * warning): {@code time} is the operator's time of the sample ({@code yyyy-MM-dd HH:mm:ss}).
 */
public record ProcessData(
        @Schema(example = "95") String cellId,
        @Schema(example = "2026-12-04 14:05:00") String time,
        @Schema(description = "A", example = "120.5") Double current,
        @Schema(description = "V", example = "380.0") Double voltage,
        @Schema(description = "%", example = "63.0") Double soc,
        @Schema(description = "kW", example = "45.8") Double power,
        @Schema(description = "°C", example = "31.5") Double temperature) {
}
