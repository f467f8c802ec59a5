package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One charger as Korea's public EV charger API (getChargerInfo) writes it: every value a string, dates
 * {@code yyyyMMddHHmmss}, absent ones empty. {@link #statusOnly()} is the getChargerStatus row.
 */
@JsonPropertyOrder({"statNm", "statId", "chgerId", "chgerType", "addr", "location", "lat", "lng", "useTime", "busiId", "bnm", "busiNm",
    "busiCall", "stat", "statUpdDt", "lastTsdt", "lastTedt", "nowTsdt", "output", "method", "zcode", "zscode", "kind", "kindDetail",
    "parkingFree", "note", "limitYn", "limitDetail", "delYn", "delDetail", "distance"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvCharger(
        @Schema(description = "충전소명") String statNm,
        @Schema(description = "충전소 ID (8자리)") String statId,
        @Schema(description = "충전기 ID (2자리)") String chgerId,
        @Schema(description = "충전기 타입 (01 DC차데모, 02 AC완속, 03 DC차데모+AC3상, 04 DC콤보, 05 DC차데모+DC콤보, 06 DC차데모+AC3상+DC콤보, 07 AC3상, 08 DC콤보(완속), 09 NACS, 10 DC콤보+NACS, 11 DC콤보2(버스))") String chgerType,
        @Schema(description = "주소") String addr,
        @Schema(description = "상세 위치") String location,
        @Schema(description = "위도") String lat,
        @Schema(description = "경도") String lng,
        @Schema(description = "이용 가능 시간") String useTime,
        @Schema(description = "기관 ID (운영기관 코드)") String busiId,
        @Schema(description = "기관명") String bnm,
        @Schema(description = "운영기관명") String busiNm,
        @Schema(description = "운영기관 연락처") String busiCall,
        @Schema(description = "충전기 상태 (1 통신이상, 2 충전대기, 3 충전중, 4 운영중지, 5 점검중, 9 상태미확인)") String stat,
        @Schema(description = "상태 갱신 일시 (yyyyMMddHHmmss)") String statUpdDt,
        @Schema(description = "마지막 충전 시작 일시") String lastTsdt,
        @Schema(description = "마지막 충전 종료 일시") String lastTedt,
        @Schema(description = "충전중 시작 일시") String nowTsdt,
        @Schema(description = "충전 용량 (kW)") String output,
        @Schema(description = "충전 방식 (단독, 동시)") String method,
        @Schema(description = "시도 코드") String zcode,
        @Schema(description = "시군구 코드") String zscode,
        @Schema(description = "충전소 구분 코드") String kind,
        @Schema(description = "충전소 구분 상세 코드") String kindDetail,
        @Schema(description = "주차료 무료 여부 (Y/N)") String parkingFree,
        @Schema(description = "안내") String note,
        @Schema(description = "이용자 제한 (Y/N)") String limitYn,
        @Schema(description = "이용 제한 사유") String limitDetail,
        @Schema(description = "삭제 여부 (Y/N)") String delYn,
        @Schema(description = "삭제 사유") String delDetail,
        @Schema(description = "기준점에서의 거리 (미터, getChargerNearby)") String distance) {

    /** getChargerStatus's row: busiId, statId, chgerId, stat, statUpdDt, lastTsdt, lastTedt, nowTsdt. */
    public EvCharger statusOnly() {
        return new EvCharger(null, statId, chgerId, null, null, null, null, null, null, busiId, null, null, null, stat, statUpdDt, lastTsdt,
                lastTedt, nowTsdt, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** getChargerNearby's row: getChargerInfo's and the distance from the point asked, in whole metres. */
    public EvCharger withDistance(double metres) {
        return new EvCharger(statNm, statId, chgerId, chgerType, addr, location, lat, lng, useTime, busiId, bnm, busiNm, busiCall, stat,
                statUpdDt, lastTsdt, lastTedt, nowTsdt, output, method, zcode, zscode, kind, kindDetail, parkingFree, note, limitYn,
                limitDetail, delYn, delDetail, Long.toString(Math.round(metres)));
    }
}
