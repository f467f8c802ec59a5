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
            + " AND ($5::int[] IS NULL OR s.station_type = ANY($5)) AND ($6::timestamp IS NULL OR st.status_time >= $6)";

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
        return pool.preparedQuery("SELECT s.station_name, s.stat_id, c.chger_id, c.cell_type, c.rated_power, s.address, s.station_lat,"
                        + " s.station_lng, s.busine_hours, o.busi_id, o.name, o.service_phone, s.service_tel, st.status, s.station_status,"
                        + " st.status_time, st.charge_started_at, st.charge_ended_at, s.area_code, s.station_type, s.park_free, s.remark,"
                        + " s.limit_yn, s.limit_detail" + FROM + " ORDER BY s.stat_id, c.chger_id LIMIT $7 OFFSET $8")
                .execute(Tuple.from(values))
                .map(rows -> {
                    List<EvChargerRow> chargers = new ArrayList<>();
                    for (Row row : rows) {
                        chargers.add(new EvChargerRow(row.getString("station_name"), row.getString("stat_id"), row.getString("chger_id"),
                                row.getInteger("cell_type"), row.getBigDecimal("rated_power").doubleValue(), row.getString("address"),
                                row.getDouble("station_lat"), row.getDouble("station_lng"), row.getString("busine_hours"),
                                row.getString("busi_id"), row.getString("name"), row.getString("service_phone"), row.getString("service_tel"),
                                row.getInteger("status"), row.getInteger("station_status"), row.getLocalDateTime("status_time"),
                                row.getLocalDateTime("charge_started_at"), row.getLocalDateTime("charge_ended_at"), row.getString("area_code"),
                                row.getInteger("station_type"), row.getString("park_free"), row.getString("remark"), row.getString("limit_yn"),
                                row.getString("limit_detail")));
                    }
                    return chargers;
                });
    }

    private static List<Object> filters(EvCriteria c) {
        return new ArrayList<>(Arrays.asList(c.zcode(), c.zscode(), c.statId(), c.chgerId(), c.stationTypes(), c.changedSince()));
    }
}
