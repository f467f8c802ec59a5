package kr.openapi.charging.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A connector's real-time status, T/CEC 102's values: 0 offline, 1 idle, 2 occupied (not charging), 3 charging,
 * 4 reserved, 255 fault. {@code statusTime} is the operator's time of the status ({@code yyyy-MM-dd HH:mm:ss}).
 */
public record StatusReport(
        @Schema(example = "95") String cellId,
        @Schema(example = "3", enumeration = {"0", "1", "2", "3", "4", "255"}) Integer status,
        @Schema(example = "2026-12-04 14:05:00") String statusTime,
        @Schema(description = "A", example = "120.5") Double current,
        @Schema(description = "V", example = "380.0") Double voltage,
        @Schema(description = "%", example = "63.0") Double soc,
        @Schema(description = "°C", example = "31.5") Double temperature) {
}
