package kr.openapi.charging.mapping;

/** A charger as the operator reads it back. */
public record EquipmentView(String equipmentId, String stationId, String operatorId, String equipmentName, String manufacturerName,
                            String equipmentModel, String productionDate, int equipmentType, double power) {
}
