package kr.openapi.charging.repository;

import java.time.LocalDateTime;

/** What the public EV API reads of one connector: its station, operator, declared values and latest status. */
public record EvChargerRow(String stationName, String statId, String chgerId, int cellType, double ratedPower, String address, double lat,
                           double lng, String busineHours, String busiId, String operatorName, String operatorPhone, String stationTel,
                           int status, int stationStatus, LocalDateTime statusChangedAt, LocalDateTime chargeStartedAt,
                           LocalDateTime chargeEndedAt, String areaCode, int stationType, String parkFree, String remark, String limitYn,
                           String limitDetail) {
}
