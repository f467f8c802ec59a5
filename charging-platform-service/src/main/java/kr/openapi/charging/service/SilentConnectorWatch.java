package kr.openapi.charging.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import kr.openapi.charging.repository.StatusRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks operators for the status of connectors that went silent ({@code platform.silence.after}, default 15
 * minutes, without a report): a cellStatusQuery callback, whose answer is stored as a report. A connector is asked
 * again after as long if it stays silent. Several replicas may run this: rows being asked are locked and skipped.
 */
@ApplicationScoped
public class SilentConnectorWatch {

    /** Queued per statement: a network that went dark all at once is asked over a few rounds, not in one transaction. */
    static final int BATCH = 5000;

    private final StatusRepository statuses;
    private final Duration silence;

    public SilentConnectorWatch(StatusRepository statuses,
                                @ConfigProperty(name = "platform.silence.after", defaultValue = "PT15M") Duration silence) {
        this.statuses = statuses;
        this.silence = silence;
    }

    @Scheduled(every = "${platform.silence.check-every:60s}", delayed = "${platform.silence.check-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> askSilentConnectors() {
        return statuses.askSilent(silence, BATCH)
                .invoke(queued -> {
                    if (queued > 0) {
                        Log.infof("asked operators for the status of %d silent connectors", queued);
                    }
                })
                .onFailure().invoke(failure -> Log.errorf(failure, "could not ask for silent connectors' status"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
