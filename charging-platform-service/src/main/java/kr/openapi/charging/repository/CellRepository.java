package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.openapi.charging.mapping.CellBody;
import kr.openapi.charging.mapping.CellView;
import kr.openapi.common.paging.PageRequest;

/**
 * An operator's connectors. Each gets, on its station, the lowest free two-digit {@code chgerId} (01-99), and a
 * status row (offline until its first report).
 */
@ApplicationScoped
public class CellRepository {

    /** What a write did. */
    public enum Outcome { DONE, EXISTS, ABSENT, NO_SUCH_EQUIPMENT, OTHER_STATION, STATION_FULL }

    private static final String COLUMNS = "cell_type, cell_standard, rated_voltage_upper_limit, rated_voltage_lower_limit, rated_current,"
            + " rated_power, electricity_fee, service_fee, fire_control, smoke_sensation";
    private static final String FREE_CHGER_ID = "(SELECT lpad(n::text, 2, '0') FROM generate_series(1, 99) AS n WHERE lpad(n::text, 2, '0')"
            + " NOT IN (SELECT chger_id FROM cell WHERE operator_id = $1::text AND station_id = e.station_id) ORDER BY n LIMIT 1)";

    private final Pool pool;

    public CellRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Outcome> insert(String operatorId, CellBody cell) {
        List<Object> values = new ArrayList<>(List.of(operatorId, cell.cellId(), cell.equipmentId()));
        values.addAll(fields(cell));
        return pool.withTransaction(connection -> connection.preparedQuery("INSERT INTO cell (operator_id, cell_id, equipment_id,"
                                + " station_id, chger_id, " + COLUMNS + ") SELECT $1::text, $2::text, $3::text, e.station_id, " + FREE_CHGER_ID
                                + ", $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 FROM equipment e WHERE e.operator_id = $1::text AND e.equipment_id = $3::text"
                                + " AND " + FREE_CHGER_ID + " IS NOT NULL ON CONFLICT (operator_id, cell_id) DO NOTHING RETURNING 1")
                        .execute(Tuple.from(values))
                        .flatMap(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                                : connection.preparedQuery("INSERT INTO cell_status (operator_id, cell_id) VALUES ($1, $2)")
                                        .execute(Tuple.of(operatorId, cell.cellId())).replaceWith(true)))
                .onFailure(SqlErrors::isUniqueViolation).retry().atMost(3)
                .flatMap(inserted -> inserted ? Uni.createFrom().item(Outcome.DONE) : whyNot(operatorId, cell));
    }

    /** Replaces a connector; it may change equipment within its station (its chgerId stays). */
    public Uni<Outcome> update(String operatorId, CellBody cell) {
        List<Object> values = new ArrayList<>(List.of(operatorId, cell.cellId(), cell.equipmentId()));
        values.addAll(fields(cell));
        return pool.preparedQuery("UPDATE cell c SET (equipment_id, " + COLUMNS + ", updated_at) = ($3, $4, $5, $6, $7, $8, $9, $10, $11,"
                        + " $12, $13, now()) FROM equipment e WHERE c.operator_id = $1 AND c.cell_id = $2 AND e.operator_id = $1"
                        + " AND e.equipment_id = $3 AND e.station_id = c.station_id")
                .execute(Tuple.from(values))
                .flatMap(rows -> rows.rowCount() == 1 ? Uni.createFrom().item(Outcome.DONE) : existence(operatorId, cell)
                        .map(found -> !found.getBoolean("cell") ? Outcome.ABSENT
                                : found.getBoolean("equipment") ? Outcome.OTHER_STATION : Outcome.NO_SUCH_EQUIPMENT));
    }

    public Uni<Boolean> delete(String operatorId, String cellId) {
        return pool.preparedQuery("DELETE FROM cell WHERE operator_id = $1 AND cell_id = $2").execute(Tuple.of(operatorId, cellId))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<CellView>> page(String operatorId, PageRequest page) {
        return pool.preparedQuery("SELECT cell_id, equipment_id, operator_id, station_id, chger_id, " + COLUMNS
                        + " FROM cell WHERE operator_id = $1 ORDER BY cell_id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(operatorId, page.pageSize(), page.offset()))
                .map(rows -> {
                    List<CellView> cells = new ArrayList<>();
                    for (Row row : rows) {
                        cells.add(new CellView(row.getString("cell_id"), row.getString("equipment_id"), row.getString("operator_id"),
                                row.getString("station_id"), row.getString("chger_id"), row.getInteger("cell_type"),
                                row.getString("cell_standard"), number(row, "rated_voltage_upper_limit"),
                                number(row, "rated_voltage_lower_limit"), number(row, "rated_current"), number(row, "rated_power"),
                                row.getString("electricity_fee"), row.getString("service_fee"), row.getInteger("fire_control"),
                                row.getInteger("smoke_sensation")));
                    }
                    return cells;
                });
    }

    public Uni<Long> count(String operatorId) {
        return pool.preparedQuery("SELECT count(*) FROM cell WHERE operator_id = $1").execute(Tuple.of(operatorId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Why an insert or update did nothing: the connector exists (or not), or its equipment is unknown, or the station is full. */
    private Uni<Outcome> whyNot(String operatorId, CellBody cell) {
        return existence(operatorId, cell).map(row -> row.getBoolean("cell") ? Outcome.EXISTS
                : row.getBoolean("equipment") ? Outcome.STATION_FULL : Outcome.NO_SUCH_EQUIPMENT);
    }

    private Uni<Row> existence(String operatorId, CellBody cell) {
        return pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM cell WHERE operator_id = $1 AND cell_id = $2) AS cell,"
                        + " EXISTS (SELECT 1 FROM equipment WHERE operator_id = $1 AND equipment_id = $3) AS equipment")
                .execute(Tuple.of(operatorId, cell.cellId(), cell.equipmentId()))
                .map(rows -> rows.iterator().next());
    }

    private static double number(Row row, String column) {
        return row.getBigDecimal(column).doubleValue();
    }

    private static List<Object> fields(CellBody c) {
        return Arrays.asList(c.cellType(), c.cellStandard().strip(), BigDecimal.valueOf(c.ratedVoltageUpperLimit()),
                BigDecimal.valueOf(c.ratedVoltageLowerLimit()), BigDecimal.valueOf(c.ratedCurrent()), BigDecimal.valueOf(c.ratedPower()),
                c.electricityFee().strip(), c.serviceFee().strip(), c.fireControl(), c.smokeSensation());
    }
}
