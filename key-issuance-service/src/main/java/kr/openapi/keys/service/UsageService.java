package kr.openapi.keys.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kr.openapi.keys.mapping.UsageReport;
import kr.openapi.keys.repository.KeyUsageRepository;

@ApplicationScoped
public class UsageService {

    private final KeyUsageRepository usage;

    public UsageService(KeyUsageRepository usage) {
        this.usage = usage;
    }

    /** Stores the gateway's totals; returns how many rows were written (reports for unknown keys are dropped). */
    public Uni<Integer> record(UsageReport report) {
        return usage.record(report.reports().stream()
                .map(e -> new KeyUsageRepository.DailyCalls(Long.parseLong(e.keyId()), e.day(), e.calls()))
                .toList());
    }
}
