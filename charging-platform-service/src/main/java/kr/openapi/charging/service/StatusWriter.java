package kr.openapi.charging.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.openapi.charging.repository.StatusRepository;
import kr.openapi.charging.repository.StatusRow;

/**
 * Group commit for status reports: calls that arrive while a write is in flight are queued and written together in
 * the next statement, so under load one commit serves many calls, and each call is answered only once its reports
 * are committed (nothing acknowledged is lost). One write is in flight at a time.
 */
@ApplicationScoped
public class StatusWriter {

    /** A batch is bounded so one statement stays small enough to plan and lock quickly. */
    static final int MAX_ROWS_PER_WRITE = 20_000;

    /** What a write found: the rows it stored (by key; a call's row was stored only if it is that very row) and the keys that exist. */
    public record Written(Map<String, StatusRow> stored, Set<String> existing) {
    }

    private record Pending(List<StatusRow> rows, CompletableFuture<Written> done) {
    }

    private final StatusRepository statuses;
    private final SafetyMonitor safety;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public StatusWriter(StatusRepository statuses, SafetyMonitor safety) {
        this.statuses = statuses;
        this.safety = safety;
    }

    /** Writes the rows; of several reports of one connector only the newest is applied (the others are then ignored). */
    public Uni<Written> write(List<StatusRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(new Written(Map.of(), Set.of()));
        }
        Pending pending = new Pending(rows, new CompletableFuture<>());
        queue.add(pending);
        drain();
        return Uni.createFrom().completionStage(pending.done());
    }

    private void drain() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        int size = 0;
        for (Pending next = queue.peek(); next != null && (batch.isEmpty() || size + next.rows().size() <= MAX_ROWS_PER_WRITE);
             next = queue.peek()) {
            batch.add(queue.poll());
            size += next.rows().size();
        }
        if (batch.isEmpty()) {
            writing.set(false);
            if (!queue.isEmpty()) {
                drain();
            }
            return;
        }
        List<StatusRow> rows = newestPerConnector(batch);
        statuses.applyNewer(rows)
                .flatMap(changed -> statuses.existing(rows).map(existing -> {
                    Map<String, StatusRow> stored = new HashMap<>();
                    rows.stream().filter(row -> changed.contains(row.key())).forEach(row -> stored.put(row.key(), row));
                    return new Written(stored, existing);
                }))
                .subscribe().with(written -> finish(batch, written, null), failure -> finish(batch, null, failure));
    }

    private void finish(List<Pending> batch, Written written, Throwable failure) {
        writing.set(false);
        drain();
        for (Pending pending : batch) {
            if (failure != null) {
                pending.done().completeExceptionally(failure);
            } else {
                pending.done().complete(written);
            }
        }
        if (written != null) {
            safety.afterWrite(List.copyOf(written.stored().values()));
        }
    }

    /** Two calls may report one connector: the statement takes the newer (the older is then ignored, as it would be after). */
    private static List<StatusRow> newestPerConnector(List<Pending> batch) {
        Map<String, StatusRow> newest = new LinkedHashMap<>();
        for (Pending pending : batch) {
            for (StatusRow row : pending.rows()) {
                newest.merge(row.key(), row, (a, b) -> b.statusTime().isAfter(a.statusTime()) ? b : a);
            }
        }
        List<StatusRow> rows = new ArrayList<>(newest.values());
        rows.sort(Comparator.comparing(StatusRow::operatorId).thenComparing(StatusRow::cellId));
        return rows;
    }
}
