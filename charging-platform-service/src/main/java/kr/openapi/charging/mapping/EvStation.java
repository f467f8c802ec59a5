package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A station as the portal's lookup shows it: where it is, who runs it, and each charger's type, output, status and
 * the time that status last changed ({@code chargers.charger}, a list in JSON, repeated elements in XML). Values are
 * strings as in the public API's rows.
 */
@JsonPropertyOrder({"statId", "statNm", "addr", "useTime", "busiId", "busiNm", "busiCall", "lat", "lng", "zcode", "zscode", "chargers"})
public record EvStation(String statId, String statNm, String addr, String useTime, String busiId, String busiNm, String busiCall, String lat,
                        String lng, String zcode, String zscode, Chargers chargers) {

    /** The station's chargers. */
    public record Chargers(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "charger") List<Charger> charger) {
    }

    /** One charger of the station. */
    @JsonPropertyOrder({"chgerId", "chgerType", "output", "stat", "statUpdDt"})
    public record Charger(String chgerId, String chgerType, String output, String stat, String statUpdDt) {
    }

    /** Groups public API rows (in statId order) into stations. */
    public static List<EvStation> of(List<EvCharger> rows) {
        Map<String, List<EvCharger>> byStation = new LinkedHashMap<>();
        rows.forEach(row -> byStation.computeIfAbsent(row.statId(), id -> new ArrayList<>()).add(row));
        List<EvStation> stations = new ArrayList<>();
        for (List<EvCharger> chargers : byStation.values()) {
            EvCharger first = chargers.get(0);
            stations.add(new EvStation(first.statId(), first.statNm(), first.addr(), first.useTime(), first.busiId(), first.busiNm(),
                    first.busiCall(), first.lat(), first.lng(), first.zcode(), first.zscode(), new Chargers(chargers.stream()
                    .map(c -> new Charger(c.chgerId(), c.chgerType(), c.output(), c.stat(), c.statUpdDt())).toList())));
        }
        return stations;
    }
}
