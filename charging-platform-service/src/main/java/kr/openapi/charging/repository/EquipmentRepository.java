package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.openapi.charging.mapping.EquipmentBody;
import kr.openapi.charging.mapping.EquipmentView;
import kr.openapi.common.paging.PageRequest;

/** An operator's chargers, each on one of its stations. */
@ApplicationScoped
public class EquipmentRepository {

    /** What a write did. */
    public enum Outcome { DONE, EXISTS, ABSENT, NO_SUCH_STATION, IN_USE }

    private static final String COLUMNS = "station_id, equipment_name, manufacturer_name, equipment_model, production_date,"
            + " equipment_type, power";

    private final Pool pool;

    public EquipmentRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Outcome> insert(String operatorId, EquipmentBody equipment) {
        List<Object> values = new ArrayList<>(List.of(operatorId, equipment.equipmentId()));
        values.addAll(fields(equipment));
        return pool.preparedQuery("INSERT INTO equipment (operator_id, equipment_id, " + COLUMNS + ")"
                        + " SELECT $1::text, $2::text, $3::text, $4, $5, $6, $7, $8, $9 WHERE EXISTS (SELECT 1 FROM station WHERE operator_id = $1::text"
                        + " AND station_id = $3::text)"
                        + " ON CONFLICT (operator_id, equipment_id) DO NOTHING"
                        + " RETURNING 1")
                .execute(Tuple.from(values))
                .flatMap(rows -> rows.rowCount() == 1 ? Uni.createFrom().item(Outcome.DONE)
                        : exists(operatorId, equipment.equipmentId()).map(exists -> exists ? Outcome.EXISTS : Outcome.NO_SUCH_STATION));
    }

    /** Replaces a charger; it may move to another station only while it has no connectors. */
    public Uni<Outcome> update(String operatorId, EquipmentBody equipment) {
        List<Object> values = new ArrayList<>(List.of(operatorId, equipment.equipmentId()));
        values.addAll(fields(equipment));
        return pool.preparedQuery("UPDATE equipment e SET (" + COLUMNS + ", updated_at) = ($3, $4, $5, $6, $7, $8, $9, now())"
                        + " WHERE e.operator_id = $1 AND e.equipment_id = $2"
                        + " AND EXISTS (SELECT 1 FROM station WHERE operator_id = $1 AND station_id = $3)"
                        + " AND (e.station_id = $3 OR NOT EXISTS (SELECT 1 FROM cell WHERE operator_id = $1 AND equipment_id = $2))")
                .execute(Tuple.from(values))
                .flatMap(rows -> rows.rowCount() == 1 ? Uni.createFrom().item(Outcome.DONE)
                        : pool.preparedQuery("SELECT e.station_id, EXISTS (SELECT 1 FROM station WHERE operator_id = $1 AND station_id = $3)"
                                        + " AS station FROM equipment e WHERE e.operator_id = $1 AND e.equipment_id = $2")
                                .execute(Tuple.of(operatorId, equipment.equipmentId(), equipment.stationId()))
                                .map(found -> found.size() == 0 ? Outcome.ABSENT
                                        : found.iterator().next().getBoolean("station") ? Outcome.IN_USE : Outcome.NO_SUCH_STATION));
    }

    public Uni<Outcome> delete(String operatorId, String equipmentId) {
        return pool.preparedQuery("WITH used AS (SELECT 1 FROM cell WHERE operator_id = $1 AND equipment_id = $2 LIMIT 1),"
                        + " gone AS (DELETE FROM equipment WHERE operator_id = $1 AND equipment_id = $2 AND NOT EXISTS (SELECT 1 FROM used)"
                        + " RETURNING 1) SELECT (SELECT count(*) FROM gone) AS deleted, EXISTS (SELECT 1 FROM used) AS used")
                .execute(Tuple.of(operatorId, equipmentId))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getBoolean("used") ? Outcome.IN_USE : row.getLong("deleted") == 1 ? Outcome.DONE : Outcome.ABSENT;
                });
    }

    public Uni<List<EquipmentView>> page(String operatorId, PageRequest page) {
        return pool.preparedQuery("SELECT equipment_id, operator_id, " + COLUMNS + " FROM equipment WHERE operator_id = $1"
                        + " ORDER BY equipment_id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(operatorId, page.pageSize(), page.offset()))
                .map(rows -> {
                    List<EquipmentView> list = new ArrayList<>();
                    for (Row row : rows) {
                        LocalDate produced = row.getLocalDate("production_date");
                        list.add(new EquipmentView(row.getString("equipment_id"), row.getString("station_id"), row.getString("operator_id"),
                                row.getString("equipment_name"), row.getString("manufacturer_name"), row.getString("equipment_model"),
                                produced == null ? null : produced.toString(), row.getInteger("equipment_type"),
                                row.getBigDecimal("power").doubleValue()));
                    }
                    return list;
                });
    }

    public Uni<Long> count(String operatorId) {
        return pool.preparedQuery("SELECT count(*) FROM equipment WHERE operator_id = $1").execute(Tuple.of(operatorId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private Uni<Boolean> exists(String operatorId, String equipmentId) {
        return pool.preparedQuery("SELECT 1 FROM equipment WHERE operator_id = $1 AND equipment_id = $2")
                .execute(Tuple.of(operatorId, equipmentId)).map(rows -> rows.size() > 0);
    }

    private static List<Object> fields(EquipmentBody e) {
        return Arrays.asList(e.stationId(), e.equipmentName(), e.manufacturerName(), e.equipmentModel(),
                e.productionDate() == null ? null : LocalDate.parse(e.productionDate()), e.equipmentType(),
                java.math.BigDecimal.valueOf(e.power()));
    }
}
