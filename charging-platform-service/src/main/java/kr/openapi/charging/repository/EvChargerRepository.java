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
            + " JOIN cell_status st ON st.operator_id = c.operator_id AND st.cell_id = c.cell_id"
            + " WHERE ($1::text IS NULL OR s.area_code LIKE $1 || '%') AND ($2::text IS NULL OR s.area_code = $2)"
            + " AND ($3::text IS NULL OR s.stat_id = $3) AND ($4::text IS NULL OR c.chger_id = $4)"
            + " AND ($5::int[] IS NULL OR s.station_type = ANY($5)) AND ($6::timestamp IS NULL OR st.status_changed_at >= $6)";

    /** What {@link #charger(Row)} reads. */
    private static final String COLUMNS = " s.station_name, s.stat_id, c.chger_id, c.cell_type, c.rated_power, s.address, s.station_lat,"
            + " s.station_lng, s.busine_hours, o.busi_id, o.name, o.service_phone, s.service_tel, st.status, s.station_status,"
            + " st.status_changed_at, st.charge_started_at, st.charge_ended_at, s.area_code, s.station_type, s.park_free, s.remark,"
            + " s.limit_yn, s.limit_detail";

    /** Stations by province, district and a part of their name or address (the portal's lookup). */
    private static final String STATIONS = " FROM station s WHERE ($1::text IS NULL OR s.area_code LIKE $1 || '%')"
            + " AND ($2::text IS NULL OR s.area_code = $2)"
            + " AND ($3::text IS NULL OR s.station_name ILIKE $3 ESCAPE '\\' OR s.address ILIKE $3 ESCAPE '\\')";

    private final Pool pool;

    public EvChargerRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> count(EvCriteria criteria) {
        return pool.preparedQuery("SELECT count(*)" + FROM).execute(Tuple.from(filters(criteria)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<List<EvChargerRow>> page(EvCriteria criteria, int limit, long offset) {
        List<Object> values = filters(criteria);
        values.add(limit);
        values.add(offset);
        return pool.preparedQuery("SELECT" + COLUMNS + FROM + " ORDER BY s.stat_id, c.chger_id LIMIT $7 OFFSET $8")
                .execute(Tuple.from(values))
                .map(EvChargerRepository::chargers);
    }

    public Uni<Long> countStations(String zcode, String zscode, String namePattern) {
        return pool.preparedQuery("SELECT count(*)" + STATIONS).execute(Tuple.from(Arrays.asList(zcode, zscode, namePattern)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A page of stations (by statId) and all their connectors, in statId and chgerId order. */
    public Uni<List<EvChargerRow>> stations(String zcode, String zscode, String namePattern, int limit, long offset) {
        return pool.preparedQuery("WITH page AS (SELECT s.operator_id, s.station_id" + STATIONS + " ORDER BY s.stat_id LIMIT $4 OFFSET $5)"
                        + " SELECT" + COLUMNS + " FROM page JOIN station s ON s.operator_id = page.operator_id AND s.station_id = page.station_id"
                        + " JOIN operator o ON o.operator_id = s.operator_id"
                        + " JOIN cell c ON c.operator_id = s.operator_id AND c.station_id = s.station_id"
                        + " JOIN cell_status st ON st.operator_id = c.operator_id AND st.cell_id = c.cell_id ORDER BY s.stat_id, c.chger_id")
                .execute(Tuple.from(Arrays.asList(zcode, zscode, namePattern, limit, offset)))
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
     * Connectors within {@code radius} metres of a point, nearest first, with their distance: a box on the station
     * position index narrows the candidates, the haversine distance decides.
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
                        + " WHERE s.station_lat BETWEEN $1 - $3 AND $1 + $3 AND s.station_lng BETWEEN $2 - $4 AND $2 + $4) near"
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

    private static List<Object> filters(EvCriteria c) {
        return new ArrayList<>(Arrays.asList(c.zcode(), c.zscode(), c.statId(), c.chgerId(), c.stationTypes(), c.changedSince()));
    }
}
