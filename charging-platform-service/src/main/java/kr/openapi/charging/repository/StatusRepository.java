package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Connectors' latest status. */
@ApplicationScoped
public class StatusRepository {

    private final Pool pool;

    public StatusRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Applies reports (at most one per connector, in key order so that concurrent writers lock rows in the same
     * order) where they are newer than what is stored, in one statement; answers the keys it changed. A report for
     * a connector that is not there changes nothing. The statement commits before this answers (durable).
     */
    public Uni<Set<String>> applyNewer(List<StatusRow> rows) {
        Tuple arrays = Tuple.of(
                rows.stream().map(StatusRow::operatorId).toArray(String[]::new),
                rows.stream().map(StatusRow::cellId).toArray(String[]::new),
                rows.stream().map(StatusRow::status).toArray(Integer[]::new),
                rows.stream().map(StatusRow::statusTime).toArray(LocalDateTime[]::new),
                rows.stream().map(r -> text(r.current())).toArray(String[]::new),
                rows.stream().map(r -> text(r.voltage())).toArray(String[]::new));
        arrays.addArrayOfString(rows.stream().map(r -> text(r.soc())).toArray(String[]::new));
        arrays.addArrayOfString(rows.stream().map(r -> text(r.temperature())).toArray(String[]::new));
        return pool.preparedQuery("UPDATE cell_status s SET status = r.status, status_time = r.status_time, current = r.current::numeric,"
                        + " voltage = r.voltage::numeric, soc = r.soc::numeric, temperature = r.temperature::numeric,"
                        + " charge_started_at = CASE WHEN r.status = 3 AND s.status <> 3 THEN r.status_time ELSE s.charge_started_at END,"
                        + " charge_ended_at = CASE WHEN s.status = 3 AND r.status <> 3 THEN r.status_time ELSE s.charge_ended_at END,"
                        + " received_at = now()"
                        + " FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamp[], $5::text[], $6::text[], $7::text[], $8::text[])"
                        + " AS r(operator_id, cell_id, status, status_time, current, voltage, soc, temperature)"
                        + " WHERE s.operator_id = r.operator_id AND s.cell_id = r.cell_id AND s.status_time < r.status_time"
                        + " RETURNING s.operator_id, s.cell_id")
                .execute(arrays)
                .map(StatusRepository::keys);
    }

    /** Which of these connectors exist. */
    public Uni<Set<String>> existing(List<StatusRow> rows) {
        return pool.preparedQuery("SELECT s.operator_id, s.cell_id FROM cell_status s JOIN unnest($1::text[], $2::text[])"
                        + " AS r(operator_id, cell_id) ON s.operator_id = r.operator_id AND s.cell_id = r.cell_id")
                .execute(Tuple.of(rows.stream().map(StatusRow::operatorId).toArray(String[]::new),
                        rows.stream().map(StatusRow::cellId).toArray(String[]::new)))
                .map(StatusRepository::keys);
    }

    private static Set<String> keys(RowSet<Row> rows) {
        Set<String> keys = new HashSet<>();
        rows.forEach(row -> keys.add(row.getString("operator_id") + '\u0000' + row.getString("cell_id")));
        return keys;
    }

    private static String text(Double value) {
        return value == null ? null : value.toString();
    }
}
