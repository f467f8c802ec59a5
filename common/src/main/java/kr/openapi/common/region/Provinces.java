package kr.openapi.common.region;

import java.util.List;
import java.util.Map;

/**
 * Korea's 17 provinces (시도) by the two-digit code (zcode) that starts their five-digit district codes (시군구, the
 * administrative codes public data uses).
 */
public final class Provinces {

    public static final Map<String, String> NAMES = Map.ofEntries(Map.entry("11", "서울특별시"), Map.entry("26", "부산광역시"),
            Map.entry("27", "대구광역시"), Map.entry("28", "인천광역시"), Map.entry("29", "광주광역시"), Map.entry("30", "대전광역시"),
            Map.entry("31", "울산광역시"), Map.entry("36", "세종특별자치시"), Map.entry("41", "경기도"), Map.entry("43", "충청북도"),
            Map.entry("44", "충청남도"), Map.entry("46", "전라남도"), Map.entry("47", "경상북도"), Map.entry("48", "경상남도"),
            Map.entry("50", "제주특별자치도"), Map.entry("51", "강원특별자치도"), Map.entry("52", "전북특별자치도"));

    /** A province: its code and name. */
    public record Province(String code, String name) {
    }

    /** Every province, in code order (the order public data lists them). */
    public static final List<Province> ALL = NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(entry -> new Province(entry.getKey(), entry.getValue())).toList();

    private Provinces() {
    }

    public static String nameOf(String zcode) {
        return NAMES.getOrDefault(zcode, "");
    }
}
