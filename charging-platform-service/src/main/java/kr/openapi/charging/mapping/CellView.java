package kr.openapi.charging.mapping;

/** A connector as the operator reads it back: the seed's fields, its station, and the platform's {@code chgerId}. */
public record CellView(String cellId, String equipmentId, String operatorId, String stationId, String chgerId, int cellType,
                       String cellStandard, double ratedVoltageUpperLimit, double ratedVoltageLowerLimit, double ratedCurrent,
                       double ratedPower, String electricityFee, String serviceFee, int fireControl, int smokeSensation) {
}
