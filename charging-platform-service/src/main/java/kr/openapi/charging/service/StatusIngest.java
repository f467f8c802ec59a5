package kr.openapi.charging.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.ReportItem;
import kr.openapi.charging.mapping.ReportOutcome;
import kr.openapi.charging.mapping.StatusReport;
import kr.openapi.charging.repository.OutboxRepository;
import kr.openapi.charging.repository.StatusRow;

/**
 * Connectors' real-time status from their operator. Idempotent and ordered by the operator's {@code statusTime}: a
 * report older than (or as old as) what is stored is ignored; one of an unknown connector, or with wrong values, is
 * rejected with the reason (the operator fixes it and re-reports with {@code /status/again}).
 */
@ApplicationScoped
public class StatusIngest {

    static final Set<Integer> STATUSES = Set.of(0, 1, 2, 3, 4, 255);
    /** A status from further ahead than this would hide every real report until its time comes. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final StatusWriter writer;
    private final PlatformClock clock;
    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public StatusIngest(StatusWriter writer, PlatformClock clock, OutboxRepository outbox, ObjectMapper json) {
        this.writer = writer;
        this.clock = clock;
        this.outbox = outbox;
        this.json = json;
    }

    public Uni<ReportOutcome> report(String operatorId, List<StatusReport> reports) {
        List<ReportItem> items = new ArrayList<>(reports.size());
        List<StatusRow> checked = new ArrayList<>(reports.size());
        LocalDateTime latestAllowed = clock.now().plus(FUTURE_TOLERANCE);
        for (StatusReport report : reports) {
            String problem = problemOf(report, latestAllowed);
            if (problem != null) {
                items.add(new ReportItem(report == null ? null : report.cellId(), null, ReportItem.REJECTED, problem));
                checked.add(null);
                continue;
            }
            StatusRow row = new StatusRow(operatorId, report.cellId().strip(), report.status(),
                    PlatformTime.parse("statusTime", report.statusTime()), report.current(), report.voltage(), report.soc(), report.temperature());
            checked.add(row);
            items.add(null);
        }
        // The writer keeps the newest report per connector (of this call and of others in the same write).
        return writer.write(checked.stream().filter(Objects::nonNull).toList()).map(written -> {
            for (int i = 0; i < checked.size(); i++) {
                StatusRow row = checked.get(i);
                if (row == null) {
                    continue;
                }
                String result;
                String reason = null;
                if (!written.existing().contains(row.key())) {
                    result = ReportItem.REJECTED;
                    reason = "unknown cellId: submit the connector first";
                } else if (written.stored().get(row.key()) == row) {
                    result = ReportItem.ACCEPTED;
                } else {
                    result = ReportItem.IGNORED;
                    reason = "not newer than the stored status";
                }
                items.set(i, new ReportItem(row.cellId(), null, result, reason));
            }
            return ReportOutcome.of(items);
        }).call(outcome -> reportFailures(operatorId, reports, outcome));
    }

    /**
     * Queues a reportFailure callback for each rejected report (where the operator set one), before the call is
     * answered, so the operator hears of it even if the platform restarts; it re-reports with /status/again.
     */
    private Uni<Integer> reportFailures(String operatorId, List<StatusReport> reports, ReportOutcome outcome) {
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportItem item = outcome.items().get(i);
            if (ReportItem.REJECTED.equals(item.result())) {
                StatusReport report = reports.get(i);
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("cellId", report == null ? null : report.cellId());
                payload.put("status", report == null ? null : report.status());
                payload.put("statusTime", report == null ? null : report.statusTime());
                payload.put("reason", item.reason());
                try {
                    payloads.add(json.writeValueAsString(payload));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return outbox.enqueue(outbox.pool(), "reportFailure", Collections.nCopies(payloads.size(), operatorId), payloads);
    }

    private static String problemOf(StatusReport report, LocalDateTime latestAllowed) {
        if (report == null) {
            return "the item is null";
        }
        List<String> problems = new ArrayList<>();
        if (report.cellId() == null || report.cellId().isBlank() || report.cellId().length() > 64) {
            problems.add("cellId: required, at most 64 characters");
        }
        if (report.status() == null || !STATUSES.contains(report.status())) {
            problems.add("status: must be 0 (offline), 1 (idle), 2 (occupied), 3 (charging), 4 (reserved) or 255 (fault)");
        }
        try {
            if (PlatformTime.parse("statusTime", report.statusTime()).isAfter(latestAllowed)) {
                problems.add("statusTime: " + report.statusTime() + " is in the future");
            }
        } catch (PlatformFailure e) {
            problems.add(e.getMessage());
        }
        range(problems, "soc", report.soc(), 0, 100);
        range(problems, "current", report.current(), -10_000, 10_000);
        range(problems, "voltage", report.voltage(), 0, 10_000);
        range(problems, "temperature", report.temperature(), -60, 200);
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    static void range(List<String> problems, String name, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            problems.add(name + ": must be from " + min + " to " + max);
        }
    }
}
