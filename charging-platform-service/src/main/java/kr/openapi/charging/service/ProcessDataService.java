package kr.openapi.charging.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.Page;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.ProcessData;
import kr.openapi.charging.mapping.ReportItem;
import kr.openapi.charging.mapping.ReportOutcome;
import kr.openapi.charging.mapping.SafetyWarning;
import kr.openapi.charging.repository.ProcessDataRepository;
import kr.openapi.charging.repository.ProcessDataRepository.Request;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.common.result.ApiException;

/**
 * Charging-process data: the platform asks an operator for a connector's samples (staff ask, WARNING and CRITICAL
 * safety warnings ask by themselves) through the processData callback; the operator pushes them to
 * {@code /platform/realtime/cell/processData}; staff read them.
 */
@ApplicationScoped
public class ProcessDataService {

    private final ProcessDataRepository repository;
    private final PlatformClock clock;

    public ProcessDataService(ProcessDataRepository repository, PlatformClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Uni<Request> requestByStaff(String operatorId, String cellId, String staff) {
        return repository.request(repository.pool(), List.of(operatorId), List.of(cellId), "STAFF", Collections.singletonList(null), staff)
                .map(made -> {
                    if (made.isEmpty()) {
                        throw ApiException.noData("등록되지 않은 충전구입니다: " + operatorId + "/" + cellId);
                    }
                    return made.get(0);
                });
    }

    /** WARNING and CRITICAL warnings ask for the connector's process data (NOTICE ones do not). */
    public Uni<List<Request>> requestForWarnings(SqlClient client, List<SafetyWarning> raised) {
        List<SafetyWarning> serious = raised.stream().filter(w -> !"NOTICE".equals(w.level())).toList();
        if (serious.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return repository.request(client, serious.stream().map(SafetyWarning::operatorId).toList(), serious.stream().map(SafetyWarning::cellId).toList(),
                "SAFETY", serious.stream().map(SafetyWarning::warningId).toList(), null);
    }

    /** Stores pushed samples; a wrong sample, or one of a connector the operator has not declared, is rejected alone. */
    public Uni<ReportOutcome> push(String operatorId, List<ProcessData> samples) {
        LocalDateTime latestAllowed = clock.now().plus(StatusIngest.FUTURE_TOLERANCE);
        List<ReportItem> items = new ArrayList<>();
        List<ProcessData> valid = new ArrayList<>();
        for (ProcessData sample : samples) {
            String problem = problemOf(sample, latestAllowed);
            items.add(problem == null ? null : new ReportItem(sample == null ? null : sample.cellId(), null, ReportItem.REJECTED, problem));
            if (problem == null) {
                valid.add(sample);
            }
        }
        Uni<Set<String>> existing = valid.isEmpty() ? Uni.createFrom().item(Set.of()) : repository.store(operatorId, valid);
        return existing.map(cells -> {
            for (int i = 0; i < samples.size(); i++) {
                if (items.get(i) == null) {
                    String cellId = samples.get(i).cellId();
                    items.set(i, cells.contains(cellId) ? new ReportItem(cellId, null, ReportItem.ACCEPTED, null)
                            : new ReportItem(cellId, null, ReportItem.REJECTED, "unknown cellId: submit the connector first"));
                }
            }
            return ReportOutcome.of(items);
        });
    }

    public Uni<Page<ProcessData>> page(String operatorId, String cellId, String startTime, String endTime, PageRequest page) {
        LocalDateTime from = startTime == null || startTime.isBlank() ? null : PlatformTime.parse("startTime", startTime);
        LocalDateTime to = endTime == null || endTime.isBlank() ? null : PlatformTime.parse("endTime", endTime);
        return Page.of(page, repository.count(operatorId, cellId, from, to), repository.page(operatorId, cellId, from, to, page));
    }

    private static String problemOf(ProcessData sample, LocalDateTime latestAllowed) {
        if (sample == null) {
            return "the item is null";
        }
        List<String> problems = new ArrayList<>();
        if (sample.cellId() == null || sample.cellId().isBlank() || sample.cellId().length() > 64) {
            problems.add("cellId: required, at most 64 characters");
        }
        try {
            if (PlatformTime.parse("time", sample.time()).isAfter(latestAllowed)) {
                problems.add("time: " + sample.time() + " is in the future");
            }
        } catch (PlatformFailure e) {
            problems.add(e.getMessage());
        }
        StatusIngest.range(problems, "current", sample.current(), -10_000, 10_000);
        StatusIngest.range(problems, "voltage", sample.voltage(), 0, 10_000);
        StatusIngest.range(problems, "soc", sample.soc(), 0, 100);
        StatusIngest.range(problems, "power", sample.power(), -10_000, 10_000);
        StatusIngest.range(problems, "temperature", sample.temperature(), -60, 200);
        return problems.isEmpty() ? null : String.join("; ", problems);
    }
}
