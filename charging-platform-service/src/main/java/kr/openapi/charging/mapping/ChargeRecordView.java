package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A stored charging record as its operator reads it back. */
public record ChargeRecordView(String startChargeSeq, String cellId, String startTime, String endTime, double totalPower,
                               double totalElecMoney, double totalServiceMoney, double totalMoney, Integer stopReason,
                               @JsonRawValue String chargeDetails) {
}
