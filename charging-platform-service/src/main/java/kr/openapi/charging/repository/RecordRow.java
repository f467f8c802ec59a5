package kr.openapi.charging.repository;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A checked charging record, ready to be stored; {@code contentHash} tells a repeat from a different record. */
public record RecordRow(String startChargeSeq, String cellId, LocalDateTime startTime, LocalDateTime endTime, BigDecimal totalPower,
                        BigDecimal totalElecMoney, BigDecimal totalServiceMoney, BigDecimal totalMoney, Integer stopReason,
                        String chargeDetails, String contentHash) {
}
