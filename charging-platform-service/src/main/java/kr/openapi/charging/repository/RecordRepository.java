package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.openapi.charging.mapping.ChargeRecordView;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformTime;

/** Charging records: inserted once, never changed. */
@ApplicationScoped
public class RecordRepository {

    private final Pool pool;

    public RecordRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts the records that are new and whose connector exists, in one statement; answers their startChargeSeq. */
    public Uni<Set<String>> insertNew(String operatorId, List<RecordRow> rows) {
        Tuple values = Tuple.of(operatorId,
                rows.stream().map(RecordRow::startChargeSeq).toArray(String[]::new),
                rows.stream().map(RecordRow::cellId).toArray(String[]::new),
                rows.stream().map(RecordRow::startTime).toArray(LocalDateTime[]::new),
                rows.stream().map(RecordRow::endTime).toArray(LocalDateTime[]::new),
                rows.stream().map(RecordRow::totalPower).toArray(BigDecimal[]::new));
        values.addValue(rows.stream().map(RecordRow::totalElecMoney).toArray(BigDecimal[]::new));
        values.addValue(rows.stream().map(RecordRow::totalServiceMoney).toArray(BigDecimal[]::new));
        values.addValue(rows.stream().map(RecordRow::totalMoney).toArray(BigDecimal[]::new));
        values.addValue(rows.stream().map(RecordRow::stopReason).toArray(Integer[]::new));
        values.addValue(rows.stream().map(RecordRow::chargeDetails).toArray(String[]::new));
        values.addValue(rows.stream().map(RecordRow::contentHash).toArray(String[]::new));
        return pool.preparedQuery("INSERT INTO charge_record (operator_id, start_charge_seq, cell_id, start_time, end_time, total_power,"
                        + " total_elec_money, total_service_money, total_money, stop_reason, charge_details, content_hash)"
                        + " SELECT $1, r.* FROM unnest($2::text[], $3::text[], $4::timestamp[], $5::timestamp[], $6::numeric[], $7::numeric[],"
                        + " $8::numeric[], $9::numeric[], $10::int[], $11::text[], $12::text[]) AS r(seq, cell_id, s, e, p, em, sm, tm, stop, details, hash)"
                        + " WHERE EXISTS (SELECT 1 FROM cell c WHERE c.operator_id = $1 AND c.cell_id = r.cell_id)"
                        + " ON CONFLICT (operator_id, start_charge_seq) DO NOTHING RETURNING start_charge_seq")
                .execute(values)
                .map(inserted -> {
                    Set<String> sequences = new HashSet<>();
                    inserted.forEach(row -> sequences.add(row.getString("start_charge_seq")));
                    return sequences;
                });
    }

    /** The content hashes of already stored records among these, by startChargeSeq. */
    public Uni<Map<String, String>> storedHashes(String operatorId, List<String> sequences) {
        return pool.preparedQuery("SELECT start_charge_seq, content_hash FROM charge_record WHERE operator_id = $1"
                        + " AND start_charge_seq = ANY($2::text[])")
                .execute(Tuple.of(operatorId, sequences.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> hashes = new HashMap<>();
                    rows.forEach(row -> hashes.put(row.getString("start_charge_seq"), row.getString("content_hash")));
                    return hashes;
                });
    }

    /** Records whose start is in [from, to), oldest first; null bounds are open. */
    public Uni<List<ChargeRecordView>> page(String operatorId, LocalDateTime from, LocalDateTime to, PageRequest page) {
        return pool.preparedQuery("SELECT * FROM charge_record WHERE operator_id = $1 AND ($2::timestamp IS NULL OR start_time >= $2)"
                        + " AND ($3::timestamp IS NULL OR start_time < $3) ORDER BY start_time, start_charge_seq LIMIT $4 OFFSET $5")
                .execute(Tuple.of(operatorId, from, to, page.pageSize(), page.offset()))
                .map(rows -> {
                    List<ChargeRecordView> records = new ArrayList<>();
                    for (Row row : rows) {
                        records.add(new ChargeRecordView(row.getString("start_charge_seq"), row.getString("cell_id"),
                                PlatformTime.format(row.getLocalDateTime("start_time")), PlatformTime.format(row.getLocalDateTime("end_time")),
                                row.getBigDecimal("total_power").doubleValue(), row.getBigDecimal("total_elec_money").doubleValue(),
                                row.getBigDecimal("total_service_money").doubleValue(), row.getBigDecimal("total_money").doubleValue(),
                                row.getInteger("stop_reason"), row.getString("charge_details")));
                    }
                    return records;
                });
    }

    public Uni<Long> count(String operatorId, LocalDateTime from, LocalDateTime to) {
        return pool.preparedQuery("SELECT count(*) FROM charge_record WHERE operator_id = $1 AND ($2::timestamp IS NULL OR start_time >= $2)"
                        + " AND ($3::timestamp IS NULL OR start_time < $3)")
                .execute(Tuple.of(operatorId, from, to)).map(rows -> rows.iterator().next().getLong(0));
    }
}
