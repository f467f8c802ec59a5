package kr.openapi.charging.mapping;

/** A station as the operator reads it back: its fields and the platform's {@code statId}. */
public record StationView(String stationId, String statId, String operatorId, String stationName, String address, String areaCode,
                          double stationLat, double stationLng, String busineHours, int stationType, int stationStatus,
                          String parkFree, String serviceTel, String remark, String limitYn, String limitDetail) {
}
