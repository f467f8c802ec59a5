package kr.openapi.charging.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.EvCharger;
import kr.openapi.charging.mapping.EvStation;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.common.paging.PagingRule;
import kr.openapi.charging.repository.EvChargerRepository;
import kr.openapi.charging.repository.EvCriteria;
import kr.openapi.common.result.ApiException;

/** getChargerInfo and getChargerStatus, from every operator's pushed data. */
@ApplicationScoped
public class EvChargerService {

    /** A page of chargers and how many match. */
    public record Found(List<EvCharger> chargers, long total) {
    }

    /** The real API's paging: {@code pageNo} from 1, {@code numOfRows} 1 to 9,999, 10 by default. */
    static final PagingRule EV_PAGING = new PagingRule("pageNo", "numOfRows", 10, 1, 9999);

    /** The query, checked: paging and the real API's filters. */
    public record Query(int pageNo, int numOfRows, String zcode, String zscode, String kind, String statId, String chgerId, Integer period) {

        public static Query of(String pageNo, String numOfRows, String zcode, String zscode, String kind, String kindDetail, String statId,
                               String chgerId, String period, boolean withPeriod) {
            String kindCode = blank(kind) ? (blank(kindDetail) ? null : kindDetail.strip().substring(0, Math.min(2, kindDetail.strip().length())))
                    : kind.strip();
            if (kindCode != null && !EvMapping.KINDS.containsKey(kindCode.toUpperCase())) {
                kindCode = "none";
            }
            PageRequest page = PageRequest.parse(pageNo, numOfRows, EV_PAGING);
            return new Query(page.pageIndex(), page.pageSize(),
                    pattern("zcode", zcode, "[0-9]{2}"), pattern("zscode", zscode, "[0-9]{5}"), kindCode,
                    pattern("statId", statId, "[A-Za-z0-9]{8}"), pattern("chgerId", chgerId, "[0-9]{2}"),
                    withPeriod ? minutes(period) : null);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        static String pattern(String name, String value, String regex) {
            if (blank(value)) {
                return null;
            }
            if (!value.strip().matches(regex)) {
                throw ApiException.invalidParameter(name + ": " + value);
            }
            return value.strip();
        }

        /** {@code period}: minutes back, 1 to 10 (the real API's limit), 5 by default. */
        private static int minutes(String period) {
            if (blank(period)) {
                return 5;
            }
            if (!period.strip().matches("[0-9]{1,2}") || Integer.parseInt(period.strip()) < 1 || Integer.parseInt(period.strip()) > 10) {
                throw ApiException.invalidParameter("period must be a whole number of minutes from 1 to 10: " + period);
            }
            return Integer.parseInt(period.strip());
        }
    }

    /** getChargerNearby's query, checked. */
    public record Point(double lat, double lng, int radius, int numOfRows) {

        public static Point of(String lat, String lng, String radius, String numOfRows) {
            return new Point(decimal("lat", lat, -90, 90), decimal("lng", lng, -180, 180),
                    (int) decimal("radius", radius == null || radius.isBlank() ? "1000" : radius, 1, 10_000),
                    (int) decimal("numOfRows", numOfRows == null || numOfRows.isBlank() ? "10" : numOfRows, 1, 9999));
        }

        private static double decimal(String name, String value, double min, double max) {
            if (value == null || value.isBlank()) {
                throw ApiException.missingParameter(name);
            }
            try {
                double number = Double.parseDouble(value.strip());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw ApiException.invalidParameter(name + " must be from " + min + " to " + max + ": " + value);
        }
    }

    private final EvChargerRepository chargers;
    private final PlatformClock clock;

    public EvChargerService(EvChargerRepository chargers, PlatformClock clock) {
        this.chargers = chargers;
        this.clock = clock;
    }

    public Uni<List<EvCharger>> near(Point point) {
        return chargers.near(point.lat(), point.lng(), point.radius(), point.numOfRows())
                .map(rows -> rows.stream().map(near -> EvMapping.toCharger(near.charger()).withDistance(near.distance())).toList());
    }

    /** The portal's station lookup: stations per page. */
    public static final int STATIONS_PER_PAGE = 20;

    /** A page of stations and how many match. */
    public record Stations(List<EvStation> stations, long total, int pageNo) {
    }

    /**
     * Stations of a province ({@code zcode}), a district ({@code zscode}) or whose name or address contains {@code q};
     * at least one is needed (a keyless page does not list the whole country at once), 20 stations a page.
     */
    public Uni<Stations> lookup(String zcode, String zscode, String q, String pageNo) {
        String province = Query.pattern("zcode", zcode, "[0-9]{2}");
        String district = Query.pattern("zscode", zscode, "[0-9]{5}");
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && (text.length() > 50 || text.codePoints().anyMatch(Character::isISOControl))) {
            throw ApiException.invalidParameter("q: at most 50 characters, no control characters");
        }
        if (province == null && district == null && (text == null || text.length() < 2)) {
            throw ApiException.missingParameter("zcode, zscode or q (at least 2 characters)");
        }
        int page = PageRequest.parse(pageNo, null, STATION_PAGING).pageIndex();
        String pattern = text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return chargers.countStations(province, district, pattern)
                .flatMap(total -> chargers.stations(province, district, pattern, STATIONS_PER_PAGE, (long) (page - 1) * STATIONS_PER_PAGE)
                        .map(rows -> new Stations(EvStation.of(rows.stream().map(EvMapping::toCharger).toList()), total, page)));
    }

    /** A district of a province with stations: its code and name. */
    public record District(String zscode, String zscodeNm) {
    }

    public Uni<List<District>> districts(String zcode) {
        String province = Query.pattern("zcode", zcode, "[0-9]{2}");
        if (province == null) {
            throw ApiException.missingParameter("zcode");
        }
        return chargers.districts(province).map(rows -> rows.stream().map(row -> new District(row[0], row[1])).toList());
    }

    private static final PagingRule STATION_PAGING = new PagingRule("pageNo", "numOfRows", STATIONS_PER_PAGE, 1, STATIONS_PER_PAGE);

    public Uni<Found> find(Query query, boolean statusOnly) {
        Integer[] types = query.kind() == null ? null : EvMapping.KINDS.getOrDefault(query.kind().toUpperCase(), new Integer[] {-1});
        EvCriteria criteria = new EvCriteria(query.zcode(), query.zscode(), query.statId(), query.chgerId(), types,
                query.period() == null ? null : clock.now().minusMinutes(query.period()));
        return chargers.count(criteria).flatMap(total -> chargers.page(criteria, query.numOfRows(), (long) (query.pageNo() - 1) * query.numOfRows())
                .map(rows -> new Found(rows.stream().map(EvMapping::toCharger).map(c -> statusOnly ? c.statusOnly() : c).toList(), total)));
    }
}
