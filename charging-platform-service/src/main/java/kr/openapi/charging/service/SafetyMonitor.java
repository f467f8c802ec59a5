package kr.openapi.charging.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.SafetyWarning;
import kr.openapi.charging.repository.OutboxRepository;
import kr.openapi.charging.repository.SafetyRepository;
import kr.openapi.charging.repository.StatusRow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Raises safety warnings from what operators report (fault, temperature above {@code platform.safety.temperature-limit},
 * current more than 10 % over the rated current, voltage outside the rated limits, charging on a connector without
 * fire extinguisher or smoke detector), once per episode; each goes to the operator's safety callback, and WARNING and
 * CRITICAL ones also ask for the connector's process data. Evaluated per group commit, after the reports are
 * answered: a warning lost to a crash in between is raised again by the next report that shows the condition.
 */
@ApplicationScoped
public class SafetyMonitor {

    static final Set<String> LEVELS = Set.of("NOTICE", "WARNING", "CRITICAL");

    private final SafetyRepository warnings;
    private final PlatformClock clock;
    private final BigDecimal temperatureLimit;
    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final ProcessDataService processData;

    public SafetyMonitor(SafetyRepository warnings, PlatformClock clock,
                         @ConfigProperty(name = "platform.safety.temperature-limit", defaultValue = "70") BigDecimal temperatureLimit,
                         OutboxRepository outbox, ObjectMapper json, ProcessDataService processData) {
        this.warnings = warnings;
        this.clock = clock;
        this.temperatureLimit = temperatureLimit;
        this.outbox = outbox;
        this.json = json;
        this.processData = processData;
    }

    /** Evaluates stored reports; never fails the caller (the reports are already committed). */
    public void afterWrite(List<StatusRow> stored) {
        if (stored.isEmpty()) {
            return;
        }
        // A warning, its callback and its request for process data are committed together: none without the others.
        outbox.pool().withTransaction(transaction -> warnings.evaluate(transaction, stored, temperatureLimit, clock.now().withNano(0))
                        .call(raised -> outbox.enqueue(transaction, "safety", raised.stream().map(SafetyWarning::operatorId).toList(),
                                raised.stream().map(this::payload).toList()))
                        .call(raised -> processData.requestForWarnings(transaction, raised)))
                .subscribe().with(
                        raised -> raised.forEach(w -> Log.infof("safety warning %s %s on %s/%s: %s", w.level(), w.type(), w.operatorId(),
                                w.cellId(), w.detail())),
                        failure -> Log.errorf(failure, "safety evaluation of %d reports failed", stored.size()));
    }

    private String payload(SafetyWarning warning) {
        try {
            return json.writeValueAsString(warning);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Uni<Page<SafetyWarning>> page(String operatorId, String startTime, String endTime, String level, PageRequest page) {
        LocalDateTime from = startTime == null || startTime.isBlank() ? null : PlatformTime.parse("startTime", startTime);
        LocalDateTime to = endTime == null || endTime.isBlank() ? null : PlatformTime.parse("endTime", endTime);
        String wanted = level == null || level.isBlank() ? null : level.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !LEVELS.contains(wanted)) {
            throw PlatformFailure.badRequest("level must be NOTICE, WARNING or CRITICAL: " + level);
        }
        return Page.of(page, warnings.count(operatorId, from, to, wanted), warnings.page(operatorId, from, to, wanted, page));
    }
}
