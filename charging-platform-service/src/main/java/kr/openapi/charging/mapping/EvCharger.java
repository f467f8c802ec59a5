package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One charger as Korea's public EV charger API (getChargerInfo) writes it: every value a string, dates
 * {@code yyyyMMddHHmmss}, absent ones empty. {@link #statusOnly()} is the getChargerStatus row.
 */
@JsonPropertyOrder({"statNm", "statId", "chgerId", "chgerType", "addr", "location", "lat", "lng", "useTime", "busiId", "bnm", "busiNm",
    "busiCall", "stat", "statUpdDt", "lastTsdt", "lastTedt", "nowTsdt", "output", "method", "zcode", "zscode", "kind", "kindDetail",
    "parkingFree", "note", "limitYn", "limitDetail", "delYn", "delDetail", "distance"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvCharger(String statNm, String statId, String chgerId, String chgerType, String addr, String location, String lat,
                        String lng, String useTime, String busiId, String bnm, String busiNm, String busiCall, String stat,
                        String statUpdDt, String lastTsdt, String lastTedt, String nowTsdt, String output, String method, String zcode,
                        String zscode, String kind, String kindDetail, String parkingFree, String note, String limitYn,
                        String limitDetail, String delYn, String delDetail, String distance) {

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
