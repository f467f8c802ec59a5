package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every operator's connectors, read for the public EV charger API. */
@ApplicationScoped
public class EvChargerRepository {

    private static final String FROM = " FROM cell c JOIN station s ON s.operator_id = c.operator_id AND s.station_id = c.station_id"
            + " JOIN operator o ON o.operator_id = c.operator_id"
            + " JOIN cell_status st ON st.operator_id = c.operator_id AND st.cell_id = c.cell_id";

    /** What {@link #charger(Row)} reads. */
    private static final String COLUMNS = " s.station_name, s.stat_id, c.chger_id, c.cell_type, c.rated_power, s.address, s.station_lat,"
            + " s.station_lng, s.busine_hours, o.busi_id, o.name, o.service_phone, s.service_tel, st.status, s.station_status,"
            + " st.status_changed_at, st.charge_started_at, st.charge_ended_at, s.area_code, s.station_type, s.park_free, s.remark,"
            + " s.limit_yn, s.limit_detail";

    private final Pool pool;

    public EvChargerRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> count(EvCriteria criteria) {
        Conditions where = conditions(criteria);
        return pool.preparedQuery("SELECT count(*)" + FROM + where.where()).execute(where.tuple())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<List<EvChargerRow>> page(EvCriteria criteria, int limit, long offset) {
        Conditions where = conditions(criteria);
        return pool.preparedQuery("SELECT" + COLUMNS + FROM + where.where() + " ORDER BY s.stat_id, c.chger_id LIMIT " + where.next(0)
                        + " OFFSET " + where.next(1))
                .execute(where.tuple(limit, offset))
                .map(EvChargerRepository::chargers);
    }

    /** A province (the first two digits of the district code) and a district. */
    private static Conditions area(String zcode, String zscode) {
        return new Conditions().add("s.area_code LIKE ?", zcode == null ? null : zcode + "%").add("s.area_code = ?", zscode);
    }

    private static Conditions conditions(EvCriteria c) {
        return area(c.zcode(), c.zscode())
                .add("s.stat_id = ?", c.statId()).add("c.chger_id = ?", c.chgerId()).add("s.station_type = ANY(?)", c.stationTypes())
                .add("st.status_changed_at >= ?", c.changedSince());
    }

    /** Stations by province, district and a part of their name or address (the portal's lookup). */
    private static Conditions stationConditions(String zcode, String zscode, String namePattern) {
        return area(zcode, zscode).add("(s.station_name ILIKE ? ESCAPE '\\' OR s.address ILIKE ? ESCAPE '\\')", namePattern);
    }

    public Uni<Long> countStations(String zcode, String zscode, String namePattern) {
        Conditions where = stationConditions(zcode, zscode, namePattern);
        return pool.preparedQuery("SELECT count(*) FROM station s" + where.where()).execute(where.tuple())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A page of stations (by statId) and all their connectors, in statId and chgerId order. */
    public Uni<List<EvChargerRow>> stations(String zcode, String zscode, String namePattern, int limit, long offset) {
        Conditions where = stationConditions(zcode, zscode, namePattern);
        return pool.preparedQuery("WITH page AS (SELECT s.operator_id, s.station_id FROM station s" + where.where() + " ORDER BY s.stat_id"
                        + " LIMIT " + where.next(0) + " OFFSET " + where.next(1) + ")"
                        + " SELECT" + COLUMNS + " FROM page JOIN station s ON s.operator_id = page.operator_id AND s.station_id = page.station_id"
                        + " JOIN operator o ON o.operator_id = s.operator_id"
                        + " JOIN cell c ON c.operator_id = s.operator_id AND c.station_id = s.station_id"
                        + " JOIN cell_status st ON st.operator_id = c.operator_id AND st.cell_id = c.cell_id ORDER BY s.stat_id, c.chger_id")
                .execute(where.tuple(limit, offset))
                .map(EvChargerRepository::chargers);
    }

    /**
     * The districts of a province that have stations, with a name taken from their stations' addresses (the word
     * after the province: "서울특별시 중구 ..." is 중구), for the portal's lookup.
     */
    public Uni<List<String[]>> districts(String zcode) {
        return pool.preparedQuery("SELECT area_code, mode() WITHIN GROUP (ORDER BY split_part(address, ' ', 2)) AS name FROM station"
                        + " WHERE area_code LIKE $1 || '%' GROUP BY area_code ORDER BY area_code")
                .execute(Tuple.of(zcode))
                .map(rows -> {
                    List<String[]> districts = new ArrayList<>();
                    rows.forEach(row -> districts.add(new String[] {row.getString("area_code"), row.getString("name")}));
                    return districts;
                });
    }

    private static List<EvChargerRow> chargers(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<EvChargerRow> chargers = new ArrayList<>();
        for (Row row : rows) {
            chargers.add(charger(row));
        }
        return chargers;
    }

    private static EvChargerRow charger(Row row) {
        return new EvChargerRow(row.getString("station_name"), row.getString("stat_id"), row.getString("chger_id"),
                row.getInteger("cell_type"), row.getBigDecimal("rated_power").doubleValue(), row.getString("address"),
                row.getDouble("station_lat"), row.getDouble("station_lng"), row.getString("busine_hours"),
                row.getString("busi_id"), row.getString("name"), row.getString("service_phone"), row.getString("service_tel"),
                row.getInteger("status"), row.getInteger("station_status"), row.getLocalDateTime("status_changed_at"),
                row.getLocalDateTime("charge_started_at"), row.getLocalDateTime("charge_ended_at"), row.getString("area_code"),
                row.getInteger("station_type"), row.getString("park_free"), row.getString("remark"), row.getString("limit_yn"),
                row.getString("limit_detail"));
    }

    /**
     * Connectors within {@code radius} metres of a point, nearest first, with their distance: a box on the stations'
     * GiST position index narrows the candidates, the haversine distance decides.
     */
    public Uni<List<Nearby>> near(double lat, double lng, int radius, int limit) {
        double latSpan = radius / 111_320.0;
        double lngSpan = radius / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        return pool.preparedQuery("SELECT * FROM (SELECT" + COLUMNS + ","
                        + " 2 * 6371008.8 * asin(sqrt(power(sin(radians(s.station_lat - $1) / 2), 2) + cos(radians($1))"
                        + " * cos(radians(s.station_lat)) * power(sin(radians(s.station_lng - $2) / 2), 2))) AS distance"
                        + " FROM station s JOIN cell c ON c.operator_id = s.operator_id AND c.station_id = s.station_id"
                        + " JOIN operator o ON o.operator_id = s.operator_id"
                        + " JOIN cell_status st ON st.operator_id = c.operator_id AND st.cell_id = c.cell_id"
                        + " WHERE point(s.station_lng, s.station_lat) <@ box(point($2::float8 - $4::float8, $1::float8 - $3::float8),"
                        + " point($2::float8 + $4::float8, $1::float8 + $3::float8))) near"
                        + " WHERE distance <= $5 ORDER BY distance, stat_id, chger_id LIMIT $6")
                .execute(Tuple.from(List.of(lat, lng, latSpan, lngSpan, (double) radius, limit)))
                .map(rows -> {
                    List<Nearby> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new Nearby(charger(row), row.getDouble("distance")));
                    }
                    return found;
                });
    }

    /** A connector and its distance from the point asked, in metres. */
    public record Nearby(EvChargerRow charger, double distance) {
    }
}
