package kr.openapi.charging.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.mapping.ChargeRecordBody;
import kr.openapi.charging.mapping.ChargeRecordView;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.ReportItem;
import kr.openapi.charging.mapping.ReportOutcome;
import kr.openapi.charging.repository.RecordRepository;
import kr.openapi.charging.repository.RecordRow;
import kr.openapi.common.security.ServiceKeyHash;

/**
 * Charging records, immutable once stored: the same {@code startChargeSeq} again with the same content is ignored
 * (a retry), with other content rejected (the first stays); a record of an unknown connector is rejected. A list is
 * one statement.
 */
@ApplicationScoped
public class RecordService {

    private final RecordRepository records;
    private final ObjectMapper json;

    public RecordService(RecordRepository records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    public Uni<ReportOutcome> submit(String operatorId, List<ChargeRecordBody> bodies) {
        List<ReportItem> items = new ArrayList<>(bodies.size());
        List<RecordRow> rows = new ArrayList<>(bodies.size());
        Map<String, RecordRow> first = new LinkedHashMap<>();
        for (ChargeRecordBody body : bodies) {
            try {
                RecordRow row = checked(body);
                rows.add(row);
                items.add(null);
                first.putIfAbsent(row.startChargeSeq(), row);
            } catch (PlatformFailure e) {
                rows.add(null);
                items.add(new ReportItem(body == null ? null : body.cellId(), body == null ? null : body.startChargeSeq(), ReportItem.REJECTED,
                        e.getMessage()));
            }
        }
        List<RecordRow> candidates = new ArrayList<>(first.values());
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(ReportOutcome.of(items));
        }
        return records.insertNew(operatorId, candidates).flatMap(inserted -> records.storedHashes(operatorId,
                candidates.stream().map(RecordRow::startChargeSeq).toList()).map(stored -> {
                    for (int i = 0; i < rows.size(); i++) {
                        RecordRow row = rows.get(i);
                        if (row == null) {
                            continue;
                        }
                        String seq = row.startChargeSeq();
                        String result;
                        String reason = null;
                        if (inserted.contains(seq) && first.get(seq) == row) {
                            result = ReportItem.ACCEPTED;
                        } else if (!stored.containsKey(seq)) {
                            result = ReportItem.REJECTED;
                            reason = "unknown cellId: submit the connector first";
                        } else if (stored.get(seq).equals(row.contentHash())) {
                            result = ReportItem.IGNORED;
                            reason = "already stored";
                        } else {
                            result = ReportItem.REJECTED;
                            reason = "409: another record with this startChargeSeq is stored; records are immutable";
                        }
                        items.set(i, new ReportItem(row.cellId(), seq, result, reason));
                    }
                    return ReportOutcome.of(items);
                }));
    }

    public Uni<Page<ChargeRecordView>> page(String operatorId, String startTime, String endTime, PageRequest page) {
        LocalDateTime from = startTime == null || startTime.isBlank() ? null : PlatformTime.parse("startTime", startTime);
        LocalDateTime to = endTime == null || endTime.isBlank() ? null : PlatformTime.parse("endTime", endTime);
        return Page.of(page, records.count(operatorId, from, to), records.page(operatorId, from, to, page));
    }

    private RecordRow checked(ChargeRecordBody body) {
        if (body == null) {
            throw PlatformFailure.badRequest("the item is null");
        }
        List<String> problems = new ArrayList<>();
        text(problems, "startChargeSeq", body.startChargeSeq());
        text(problems, "cellId", body.cellId());
        LocalDateTime start = time(problems, "startTime", body.startTime());
        LocalDateTime end = time(problems, "endTime", body.endTime());
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("endTime: before startTime");
        }
        BigDecimal power = amount(problems, "totalPower", body.totalPower());
        BigDecimal elec = amount(problems, "totalElecMoney", body.totalElecMoney());
        BigDecimal service = amount(problems, "totalServiceMoney", body.totalServiceMoney());
        BigDecimal total = amount(problems, "totalMoney", body.totalMoney());
        if (body.stopReason() != null && (body.stopReason() < 0 || body.stopReason() > 255)) {
            problems.add("stopReason: must be from 0 to 255");
        }
        if (body.chargeDetails() != null && body.chargeDetails().size() > 96) {
            problems.add("chargeDetails: at most 96 periods");
        }
        if (!problems.isEmpty()) {
            throw PlatformFailure.badRequest(String.join("; ", problems));
        }
        String details = body.chargeDetails() == null ? null : write(body.chargeDetails());
        String content = String.join("|", body.cellId().strip(), start.toString(), end.toString(), power.toPlainString(),
                elec.toPlainString(), service.toPlainString(), total.toPlainString(), String.valueOf(body.stopReason()), String.valueOf(details));
        return new RecordRow(body.startChargeSeq().strip(), body.cellId().strip(), start, end, power, elec, service, total,
                body.stopReason(), details, ServiceKeyHash.of(content));
    }

    private static void text(List<String> problems, String name, String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            problems.add(name + ": required, at most 64 characters");
        }
    }

    private static LocalDateTime time(List<String> problems, String name, String value) {
        try {
            return PlatformTime.parse(name, value);
        } catch (PlatformFailure e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static BigDecimal amount(List<String> problems, String name, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            problems.add(name + ": required number");
            return null;
        }
        if (value < 0) {
            problems.add(name + ": must not be negative");
            return null;
        }
        if (value >= 1e7) {
            problems.add(name + ": too large");
            return null;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw PlatformFailure.badRequest("chargeDetails could not be read");
        }
    }
}
