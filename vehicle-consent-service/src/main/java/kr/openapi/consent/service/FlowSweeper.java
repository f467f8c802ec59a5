package kr.openapi.consent.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kr.openapi.consent.repository.FlowRepository;

/** Forgets ended consent sessions and entry hashes too old to be accepted again, off the owners' request path. */
@ApplicationScoped
public class FlowSweeper {

    private final FlowRepository flows;

    public FlowSweeper(FlowRepository flows) {
        this.flows = flows;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return flows.sweep();
    }
}
