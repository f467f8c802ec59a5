package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.SafetyWarning;

/**
 * Safety warnings, evaluated in the database against each connector's declared limits: one statement raises the
 * warnings whose condition a report shows (unless one is open) and clears the open ones a report shows to be over.
 * A measure that a report leaves out neither raises nor clears its warning.
 */
@ApplicationScoped
public class SafetyRepository {

    private final Pool pool;

    public SafetyRepository(Pool pool) {
        this.pool = pool;
    }

    /** Evaluates stored reports; answers the warnings newly raised. */
    public Uni<List<SafetyWarning>> evaluate(SqlClient client, List<StatusRow> rows, BigDecimal temperatureLimit, LocalDateTime at) {
        Tuple values = Tuple.of(rows.stream().map(StatusRow::operatorId).toArray(String[]::new),
                rows.stream().map(StatusRow::cellId).toArray(String[]::new),
                rows.stream().map(StatusRow::status).toArray(Integer[]::new),
                rows.stream().map(r -> text(r.current())).toArray(String[]::new),
                rows.stream().map(r -> text(r.voltage())).toArray(String[]::new),
                rows.stream().map(r -> text(r.temperature())).toArray(String[]::new));
        values.addValue(temperatureLimit);
        values.addValue(at);
        return client.preparedQuery("WITH r AS (SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])"
                        + " AS r(op, cell, status, cur, volt, temp)),"
                        + " cond AS (SELECT r.op, r.cell, t.type, t.level, t.detail, t.active FROM r"
                        + " JOIN cell c ON c.operator_id = r.op AND c.cell_id = r.cell CROSS JOIN LATERAL (VALUES"
                        + " ('FAULT', 'CRITICAL', 'the connector reports a fault (status 255)', r.status = 255),"
                        + " ('OVER_TEMPERATURE', 'WARNING', 'temperature ' || r.temp || ' °C above ' || $7::numeric, r.temp::numeric > $7::numeric),"
                        + " ('OVER_CURRENT', 'WARNING', 'current ' || r.cur || ' A over the rated ' || c.rated_current || ' A by more than 10 %',"
                        + "  r.cur::numeric > c.rated_current * 1.1),"
                        + " ('VOLTAGE', 'WARNING', 'voltage ' || r.volt || ' V outside ' || c.rated_voltage_lower_limit || '-'"
                        + "  || c.rated_voltage_upper_limit || ' V', r.volt::numeric NOT BETWEEN c.rated_voltage_lower_limit AND c.rated_voltage_upper_limit),"
                        + " ('NO_SAFETY_EQUIPMENT', 'NOTICE', 'charging on a connector declared without fire extinguisher or smoke detector',"
                        + "  r.status = 3 AND (c.fire_control <> 1 OR c.smoke_sensation <> 1))"
                        + " ) AS t(type, level, detail, active)),"
                        + " cleared AS (UPDATE safety_warning w SET cleared_at = $8::timestamp FROM cond WHERE w.operator_id = cond.op"
                        + " AND w.cell_id = cond.cell AND w.type = cond.type AND w.cleared_at IS NULL AND cond.active = false RETURNING 1)"
                        + " INSERT INTO safety_warning (operator_id, cell_id, type, level, raised_at, detail)"
                        + " SELECT op, cell, type, level, $8::timestamp, detail FROM cond WHERE active"
                        + " ON CONFLICT (operator_id, cell_id, type) WHERE cleared_at IS NULL DO NOTHING"
                        + " RETURNING warning_id, operator_id, cell_id, type, level, raised_at, cleared_at, detail")
                .execute(values)
                .map(SafetyRepository::warnings);
    }

    /** Warnings raised in [from, to) (null: open), of a level (null: any), of one operator (null: all), newest first. */
    public Uni<List<SafetyWarning>> page(String operatorId, LocalDateTime from, LocalDateTime to, String level, PageRequest page) {
        List<Object> values = new ArrayList<>(Arrays.asList(operatorId, from, to, level, page.pageSize(), page.offset()));
        return pool.preparedQuery("SELECT * FROM safety_warning" + WHERE + " ORDER BY raised_at DESC, warning_id DESC LIMIT $5 OFFSET $6")
                .execute(Tuple.from(values)).map(SafetyRepository::warnings);
    }

    public Uni<Long> count(String operatorId, LocalDateTime from, LocalDateTime to, String level) {
        return pool.preparedQuery("SELECT count(*) FROM safety_warning" + WHERE)
                .execute(Tuple.from(Arrays.asList(operatorId, from, to, level))).map(rows -> rows.iterator().next().getLong(0));
    }

    private static final String WHERE = " WHERE ($1::text IS NULL OR operator_id = $1) AND ($2::timestamp IS NULL OR raised_at >= $2)"
            + " AND ($3::timestamp IS NULL OR raised_at < $3) AND ($4::text IS NULL OR level = $4)";

    private static List<SafetyWarning> warnings(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<SafetyWarning> warnings = new ArrayList<>();
        for (Row row : rows) {
            warnings.add(new SafetyWarning(row.getLong("warning_id"), row.getString("operator_id"), row.getString("cell_id"),
                    row.getString("type"), row.getString("level"), PlatformTime.format(row.getLocalDateTime("raised_at")),
                    PlatformTime.format(row.getLocalDateTime("cleared_at")), row.getString("detail")));
        }
        return warnings;
    }

    private static String text(Double value) {
        return value == null ? null : value.toString();
    }
}
