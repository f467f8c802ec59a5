package kr.openapi.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.openapi.gateway.client.KeyIssuanceClient;
import kr.openapi.gateway.client.UsageReport;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.service.quota.QuotaDay;
import kr.openapi.gateway.service.quota.QuotaStore;

/**
 * Reports to key-issuance-service, every {@code gateway.usage-report-interval}, the day's totals of the keys this
 * replica served: totals, so a lost or repeated report is corrected by the next one. Yesterday's keys are reported
 * once more after midnight, then forgotten.
 */
@Singleton
public class UsageReporter {

    private final Map<LocalDate, Set<String>> servedKeys = new ConcurrentHashMap<>();
    private final QuotaStore quotas;
    private final KeyIssuanceClient keyIssuance;
    private final Clock clock = Clock.systemUTC();

    public UsageReporter(QuotaStore quotas, KeyIssuanceClient keyIssuance) {
        this.quotas = quotas;
        this.keyIssuance = keyIssuance;
    }

    void start(@Observes StartupEvent event, Vertx vertx, GatewayConfig config) {
        vertx.setPeriodic(config.usageReportInterval().toMillis(), id -> report());
    }

    public void served(String keyId, LocalDate day) {
        Set<String> keys = servedKeys.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet());
        // Read first: adding a key already there would still lock its bin, on every call.
        if (!keys.contains(keyId)) {
            keys.add(keyId);
        }
    }

    void report() {
        LocalDate today = QuotaDay.today(clock);
        for (Map.Entry<LocalDate, Set<String>> entry : servedKeys.entrySet()) {
            LocalDate day = entry.getKey();
            List<String> keyIds = new ArrayList<>(entry.getValue());
            if (keyIds.isEmpty()) {
                continue;
            }
            quotas.counts(day, keyIds).onSuccess(counts -> {
                List<UsageReport.Entry> entries = counts.entrySet().stream()
                        .map(count -> new UsageReport.Entry(count.getKey(), day, count.getValue())).toList();
                keyIssuance.report(new UsageReport(entries)).subscribe().with(done -> {
                    if (day.isBefore(today)) {
                        servedKeys.remove(day);
                    }
                }, failure -> Log.debugf("Usage report postponed: %s", failure.getMessage()));
            });
        }
    }
}
