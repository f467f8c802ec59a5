package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
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
                        + " status_changed_at = CASE WHEN r.status <> s.status OR s.status_changed_at <= '1970-01-01' THEN r.status_time ELSE s.status_changed_at END,"
                        + " received_at = now(), status_queried_at = NULL"
                        + " FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamp[], $5::text[], $6::text[], $7::text[], $8::text[])"
                        + " AS r(operator_id, cell_id, status, status_time, current, voltage, soc, temperature)"
                        + " WHERE s.operator_id = r.operator_id AND s.cell_id = r.cell_id AND s.status_time < r.status_time"
                        + " RETURNING s.operator_id, s.cell_id")
                .execute(arrays)
                .map(StatusRepository::keys);
    }

    /**
     * Queues a status query (cellStatusQuery) for up to {@code limit} connectors that have not reported for
     * {@code silence} (never-reported ones: since they were declared) and were not asked within that time, of
     * operators that set that callback; marks them asked in the same statement. Answers how many were queued.
     */
    public Uni<Integer> askSilent(Duration silence, int limit) {
        return pool.preparedQuery("WITH silent AS (SELECT st.operator_id, st.cell_id, st.status_time FROM operator_callback cb"
                        + " JOIN cell_status st ON st.operator_id = cb.operator_id"
                        + " JOIN cell c ON c.operator_id = st.operator_id AND c.cell_id = st.cell_id"
                        + " WHERE cb.type = 'cellStatusQuery' AND coalesce(st.received_at, c.updated_at) < now() - make_interval(secs => $1)"
                        + " AND (st.status_queried_at IS NULL OR st.status_queried_at < now() - make_interval(secs => $1))"
                        + " LIMIT $2 FOR UPDATE OF st SKIP LOCKED),"
                        + " asked AS (UPDATE cell_status st SET status_queried_at = now() FROM silent"
                        + " WHERE st.operator_id = silent.operator_id AND st.cell_id = silent.cell_id)"
                        + " INSERT INTO callback_outbox (operator_id, type, payload) SELECT operator_id, 'cellStatusQuery',"
                        + " json_build_object('cellId', cell_id, 'lastStatusTime', CASE WHEN status_time > '1970-01-01'"
                        + " THEN to_char(status_time, 'YYYY-MM-DD HH24:MI:SS') END)::text FROM silent")
                .execute(Tuple.of((double) silence.toSeconds(), limit))
                .map(rows -> rows.rowCount());
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
