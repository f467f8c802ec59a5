package kr.openapi.charging.repository;

import java.time.LocalDateTime;

/** A checked status report, ready to be written. */
public record StatusRow(String operatorId, String cellId, int status, LocalDateTime statusTime, Double current, Double voltage,
                        Double soc, Double temperature) {

    /** Operator and connector: the row the report is for. */
    public String key() {
        return operatorId + '\u0000' + cellId;
    }
}
