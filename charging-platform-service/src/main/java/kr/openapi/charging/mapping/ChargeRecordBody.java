package kr.openapi.charging.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A charging record (T/CEC 102's order, in the seed's camelCase): unique per operator by {@code startChargeSeq};
 * energy in kWh, money in the operator's currency (KRW here); {@code chargeDetails} optional periods.
 */
public record ChargeRecordBody(
        @Schema(example = "ME2026120400001") String startChargeSeq,
        @Schema(example = "95") String cellId,
        @Schema(example = "2026-12-04 13:00:00") String startTime,
        @Schema(example = "2026-12-04 13:42:10") String endTime,
        @Schema(example = "31.25") Double totalPower,
        @Schema(example = "9153.00") Double totalElecMoney,
        @Schema(example = "0") Double totalServiceMoney,
        @Schema(example = "9153.00") Double totalMoney,
        @Schema(description = "why charging stopped: 0 by the user, 1 full, 2 fault, 3 other", example = "0") Integer stopReason,
        List<ChargeDetail> chargeDetails) {

    /** One period of a charge at one price. */
    public record ChargeDetail(String detailStartTime, String detailEndTime, Double elecPrice, Double servicePrice, Double detailPower,
                               Double detailElecMoney, Double detailServiceMoney) {
    }
}
