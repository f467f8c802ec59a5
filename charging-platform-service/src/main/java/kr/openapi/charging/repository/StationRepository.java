package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.StationBody;
import kr.openapi.charging.mapping.StationView;

/** An operator's stations; every statement is scoped to the operator, so another's stations do not exist for it. */
@ApplicationScoped
public class StationRepository {

    private static final String COLUMNS = "station_name, address, area_code, station_lat, station_lng, busine_hours, station_type,"
            + " station_status, park_free, service_tel, remark, limit_yn, limit_detail";

    private final Pool pool;

    public StationRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts a new station with its statId; answers false when the operator already has one with this id. */
    public Uni<Boolean> insert(String operatorId, String busiId, StationBody station) {
        List<Object> values = new ArrayList<>(List.of(operatorId, station.stationId(), busiId));
        values.addAll(fields(station));
        return pool.preparedQuery("INSERT INTO station (operator_id, station_id, stat_id, " + COLUMNS + ") VALUES ($1, $2,"
                        + " $3 || lpad(upper(to_base36(nextval('stat_id_seq'))), 6, '0'), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
                        + " ON CONFLICT (operator_id, station_id) DO NOTHING")
                .execute(Tuple.from(values)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> update(String operatorId, StationBody station) {
        List<Object> values = new ArrayList<>(List.of(operatorId, station.stationId()));
        values.addAll(fields(station));
        return pool.preparedQuery("UPDATE station SET (" + COLUMNS + ", updated_at) = ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,"
                        + " $14, $15, now()) WHERE operator_id = $1 AND station_id = $2")
                .execute(Tuple.from(values)).map(rows -> rows.rowCount() == 1);
    }

    /** Deletes a station without equipment. Answers the number deleted (0: none such), or -1 when it has equipment. */
    public Uni<Integer> delete(String operatorId, String stationId) {
        return pool.preparedQuery("WITH used AS (SELECT 1 FROM equipment WHERE operator_id = $1 AND station_id = $2 LIMIT 1),"
                        + " gone AS (DELETE FROM station WHERE operator_id = $1 AND station_id = $2 AND NOT EXISTS (SELECT 1 FROM used)"
                        + " RETURNING 1) SELECT (SELECT count(*) FROM gone) AS deleted, EXISTS (SELECT 1 FROM used) AS used")
                .execute(Tuple.of(operatorId, stationId))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getBoolean("used") ? -1 : row.getLong("deleted").intValue();
                });
    }

    public Uni<List<StationView>> page(String operatorId, PageRequest page) {
        return pool.preparedQuery("SELECT station_id, stat_id, operator_id, " + COLUMNS + " FROM station WHERE operator_id = $1"
                        + " ORDER BY station_id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(operatorId, page.pageSize(), page.offset()))
                .map(rows -> {
                    List<StationView> stations = new ArrayList<>();
                    for (Row row : rows) {
                        stations.add(new StationView(row.getString("station_id"), row.getString("stat_id"), row.getString("operator_id"),
                                row.getString("station_name"), row.getString("address"), row.getString("area_code"),
                                row.getDouble("station_lat"), row.getDouble("station_lng"), row.getString("busine_hours"),
                                row.getInteger("station_type"), row.getInteger("station_status"), row.getString("park_free"),
                                row.getString("service_tel"), row.getString("remark"), row.getString("limit_yn"), row.getString("limit_detail")));
                    }
                    return stations;
                });
    }

    public Uni<Long> count(String operatorId) {
        return pool.preparedQuery("SELECT count(*) FROM station WHERE operator_id = $1").execute(Tuple.of(operatorId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static List<Object> fields(StationBody s) {
        return Arrays.asList(s.stationName().strip(), s.address().strip(), s.areaCode(), s.stationLat(), s.stationLng(), s.busineHours(),
                s.stationType(), s.stationStatus(), s.parkFree(), s.serviceTel(), s.remark(), s.limitYn(), s.limitDetail());
    }
}
