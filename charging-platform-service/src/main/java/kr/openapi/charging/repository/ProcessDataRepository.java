package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.ProcessData;
import kr.openapi.common.paging.PageRequest;

/** Requests for connectors' charging-process data, and the samples operators push. */
@ApplicationScoped
public class ProcessDataRepository {

    /** A request made: its id, and whether a processData callback was queued (the operator set one). */
    public record Request(long requestId, String operatorId, String cellId, boolean queued) {
    }

    private static final String HAS_CALLBACK = "EXISTS (SELECT 1 FROM operator_callback cb WHERE cb.operator_id = req.operator_id"
            + " AND cb.type = 'processData')";

    private final Pool pool;

    public ProcessDataRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Records requests (reason STAFF or SAFETY, with the warning) of existing connectors and, in the same statement,
     * queues a processData callback for each whose operator set one. A request for a connector that does not exist
     * is not made.
     */
    public Uni<List<Request>> request(SqlClient client, List<String> operatorIds, List<String> cellIds, String reason, List<Long> warningIds,
                                      String requestedBy) {
        return client.preparedQuery("WITH req AS (INSERT INTO process_data_request (operator_id, cell_id, reason, warning_id, requested_by)"
                        + " SELECT r.op, r.cell, $3, r.warning, $5 FROM unnest($1::text[], $2::text[], $4::bigint[]) AS r(op, cell, warning)"
                        + " JOIN cell c ON c.operator_id = r.op AND c.cell_id = r.cell"
                        + " RETURNING request_id, operator_id, cell_id, reason, warning_id),"
                        + " queued AS (INSERT INTO callback_outbox (operator_id, type, payload) SELECT operator_id, 'processData',"
                        + " json_build_object('requestId', request_id, 'cellId', cell_id, 'reason', reason, 'warningId', warning_id)::text"
                        + " FROM req WHERE " + HAS_CALLBACK + ")"
                        + " SELECT request_id, operator_id, cell_id, " + HAS_CALLBACK + " AS queued FROM req")
                .execute(Tuple.of(operatorIds.toArray(String[]::new), cellIds.toArray(String[]::new), reason,
                        warningIds.toArray(Long[]::new), requestedBy))
                .map(rows -> {
                    List<Request> made = new ArrayList<>();
                    for (Row row : rows) {
                        made.add(new Request(row.getLong("request_id"), row.getString("operator_id"), row.getString("cell_id"),
                                row.getBoolean("queued")));
                    }
                    return made;
                });
    }

    /** Stores samples of existing connectors (a sample already stored for that time is kept); answers the cells that exist. */
    public Pool pool() {
        return pool;
    }

    public Uni<Set<String>> store(String operatorId, List<ProcessData> samples) {
        Tuple values = Tuple.of(operatorId, samples.stream().map(ProcessData::cellId).toArray(String[]::new),
                samples.stream().map(s -> PlatformTime.parse("time", s.time())).toArray(LocalDateTime[]::new),
                samples.stream().map(s -> text(s.current())).toArray(String[]::new),
                samples.stream().map(s -> text(s.voltage())).toArray(String[]::new),
                samples.stream().map(s -> text(s.soc())).toArray(String[]::new));
        values.addArrayOfString(samples.stream().map(s -> text(s.power())).toArray(String[]::new));
        values.addArrayOfString(samples.stream().map(s -> text(s.temperature())).toArray(String[]::new));
        return pool.preparedQuery("WITH s AS (SELECT * FROM unnest($2::text[], $3::timestamp[], $4::text[], $5::text[], $6::text[],"
                        + " $7::text[], $8::text[]) AS s(cell, time, cur, volt, soc, pow, temp)),"
                        + " stored AS (INSERT INTO process_data (operator_id, cell_id, time, current, voltage, soc, power, temperature)"
                        + " SELECT $1, s.cell, s.time, s.cur::numeric, s.volt::numeric, s.soc::numeric, s.pow::numeric, s.temp::numeric"
                        + " FROM s JOIN cell c ON c.operator_id = $1 AND c.cell_id = s.cell ON CONFLICT DO NOTHING)"
                        + " SELECT DISTINCT c.cell_id FROM cell c JOIN s ON c.operator_id = $1 AND c.cell_id = s.cell")
                .execute(values)
                .map(rows -> {
                    Set<String> existing = new HashSet<>();
                    rows.forEach(row -> existing.add(row.getString("cell_id")));
                    return existing;
                });
    }

    public Uni<Long> count(String operatorId, String cellId, LocalDateTime from, LocalDateTime to) {
        return pool.preparedQuery("SELECT count(*) FROM process_data WHERE operator_id = $1 AND cell_id = $2" + RANGE)
                .execute(Tuple.from(Arrays.asList(operatorId, cellId, from, to))).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Samples of one connector, newest first. */
    public Uni<List<ProcessData>> page(String operatorId, String cellId, LocalDateTime from, LocalDateTime to, PageRequest page) {
        return pool.preparedQuery("SELECT * FROM process_data WHERE operator_id = $1 AND cell_id = $2" + RANGE
                        + " ORDER BY time DESC LIMIT $5 OFFSET $6")
                .execute(Tuple.from(Arrays.asList(operatorId, cellId, from, to, page.pageSize(), page.offset())))
                .map(rows -> {
                    List<ProcessData> samples = new ArrayList<>();
                    for (Row row : rows) {
                        samples.add(new ProcessData(row.getString("cell_id"), PlatformTime.format(row.getLocalDateTime("time")),
                                number(row, "current"), number(row, "voltage"), number(row, "soc"), number(row, "power"),
                                number(row, "temperature")));
                    }
                    return samples;
                });
    }

    private static final String RANGE = " AND ($3::timestamp IS NULL OR time >= $3) AND ($4::timestamp IS NULL OR time < $4)";

    private static Double number(Row row, String column) {
        return row.getBigDecimal(column) == null ? null : row.getBigDecimal(column).doubleValue();
    }

    private static String text(Double value) {
        return value == null ? null : value.toString();
    }
}
