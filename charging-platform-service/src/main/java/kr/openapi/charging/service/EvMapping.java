package kr.openapi.charging.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kr.openapi.charging.mapping.EvCharger;
import kr.openapi.charging.repository.EvChargerRow;

/**
 * How operators' data becomes the public EV API's values (README: "The public EV charger API").
 * <ul>
 *   <li>{@code stat}: offline 1 (communication error), idle 2 (available), occupied, charging or reserved 3
 *       (charging), fault 4 (out of service); a station under maintenance 5; a connector that never reported 9.</li>
 *   <li>{@code chgerType}: DC plug 04 (DC combo), or 08 (DC combo, slow) under 50 kW; AC plug 02 (AC slow), or 07
 *       (AC 3-phase) above 22 kW; household socket, wireless pad and other 02.</li>
 *   <li>{@code kind}: from the station type: public A0 (public facility), personal H0 (housing), dedicated (bus,
 *       sanitation, logistics, taxi) F0 (vehicle facility), other G0; {@code kindDetail} is the kind's 001.</li>
 * </ul>
 */
public final class EvMapping {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final LocalDateTime NEVER = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** kind → the station types it stands for. */
    public static final Map<String, Integer[]> KINDS = Map.of("A0", new Integer[] {1}, "H0", new Integer[] {50},
            "F0", new Integer[] {100, 101, 102, 103}, "G0", new Integer[] {255});

    private EvMapping() {
    }

    public static EvCharger toCharger(EvChargerRow row) {
        boolean charging = row.status() == 3;
        String kind = kindOf(row.stationType());
        return new EvCharger(row.stationName(), row.statId(), row.chgerId(), chgerType(row.cellType(), row.ratedPower()), row.address(), "",
                Double.toString(row.lat()), Double.toString(row.lng()), text(row.busineHours()), row.busiId(), row.operatorName(),
                row.operatorName(), text(row.stationTel() != null ? row.stationTel() : row.operatorPhone()), stat(row),
                stamp(row.statusChangedAt()), stamp(row.chargeStartedAt()), stamp(row.chargeEndedAt()),
                charging ? stamp(row.chargeStartedAt()) : "", Long.toString(Math.round(row.ratedPower())), "단독", row.areaCode().substring(0, 2),
                row.areaCode(), kind, kind + "01", text(row.parkFree()), text(row.remark()), row.limitYn() == null ? "N" : row.limitYn(),
                text(row.limitDetail()), "N", "", null);
    }

    static String stat(EvChargerRow row) {
        if (row.stationStatus() == 6) {
            return "5";
        }
        if (row.statusChangedAt() == null || !row.statusChangedAt().isAfter(NEVER)) {
            return "9";
        }
        return switch (row.status()) {
            case 0 -> "1";
            case 1 -> "2";
            case 2, 3, 4 -> "3";
            case 255 -> "4";
            default -> "9";
        };
    }

    static String chgerType(int cellType, double ratedPower) {
        return switch (cellType) {
            case 2 -> ratedPower < 50 ? "08" : "04";
            case 3 -> ratedPower > 22 ? "07" : "02";
            default -> "02";
        };
    }

    static String kindOf(int stationType) {
        return KINDS.entrySet().stream().filter(kind -> java.util.Arrays.asList(kind.getValue()).contains(stationType))
                .map(Map.Entry::getKey).findFirst().orElse("G0");
    }

    private static String stamp(LocalDateTime time) {
        return time == null || !time.isAfter(NEVER) ? "" : STAMP.format(time);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
