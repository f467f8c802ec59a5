package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.openapi.charging.mapping.CallbackAttempt;
import kr.openapi.common.paging.PageRequest;

/** The callback outbox and the record of every attempt. */
@ApplicationScoped
public class OutboxRepository {

    /**
     * A call waiting to be made, with what making it needs, read in the same statement that claims it: the address
     * now set for its type (null if none), the ranges the operator may reach, and its encrypted secret.
     */
    public record PendingCall(long callId, String operatorId, String type, String payload, int attempts, String url, List<String> allowlist,
                              String secretEnc) {
    }

    private final Pool pool;

    public OutboxRepository(Pool pool) {
        this.pool = pool;
    }

    /** Queues calls of one type for these operators' payloads, only where the operator has that callback set. */
    public Uni<Integer> enqueue(SqlClient client, String type, List<String> operatorIds, List<String> payloads) {
        if (operatorIds.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return client.preparedQuery("INSERT INTO callback_outbox (operator_id, type, payload) SELECT p.op, $1::varchar, p.payload"
                        + " FROM unnest($2::text[], $3::text[]) AS p(op, payload)"
                        + " WHERE EXISTS (SELECT 1 FROM operator_callback c WHERE c.operator_id = p.op AND c.type = $1::varchar)")
                .execute(Tuple.of(type, operatorIds.toArray(String[]::new), payloads.toArray(String[]::new)))
                .map(rows -> rows.rowCount());
    }

    public Pool pool() {
        return pool;
    }

    /**
     * Takes up to {@code limit} due calls for a while (a lease: another dispatcher, or this one after a crash, takes
     * them again when it runs out), so two replicas never send the same call at once.
     */
    public Uni<List<PendingCall>> claimDue(int limit, int leaseSeconds) {
        return pool.preparedQuery("WITH due AS (SELECT call_id FROM callback_outbox WHERE done_at IS NULL AND next_attempt_at <= now()"
                        + " ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)"
                        + " UPDATE callback_outbox o SET next_attempt_at = now() + make_interval(secs => $2) FROM due WHERE o.call_id = due.call_id"
                        + " RETURNING o.call_id, o.operator_id, o.type, o.payload, o.attempts,"
                        + " (SELECT cb.url FROM operator_callback cb WHERE cb.operator_id = o.operator_id AND cb.type = o.type) AS url,"
                        + " (SELECT op.callback_allowlist FROM operator op WHERE op.operator_id = o.operator_id) AS allowlist,"
                        + " (SELECT op.secret_enc FROM operator op WHERE op.operator_id = o.operator_id) AS secret_enc")
                .execute(Tuple.of(limit, leaseSeconds))
                .map(rows -> {
                    List<PendingCall> calls = new ArrayList<>();
                    for (Row row : rows) {
                        String[] allowlist = row.getArrayOfStrings("allowlist");
                        calls.add(new PendingCall(row.getLong("call_id"), row.getString("operator_id"), row.getString("type"),
                                row.getString("payload"), row.getInteger("attempts"), row.getString("url"),
                                allowlist == null ? List.of() : List.of(allowlist), row.getString("secret_enc")));
                    }
                    return calls;
                });
    }

    /** Records an attempt and ends the call with {@code outcome}, in one statement. */
    public Uni<Void> recordAndFinish(PendingCall call, String url, Integer httpStatus, String attemptOutcome, long durationMs, String outcome) {
        return pool.preparedQuery("WITH attempt AS (" + INSERT_ATTEMPT + ") UPDATE callback_outbox SET done_at = now(), outcome = $8,"
                        + " attempts = attempts + 1 WHERE call_id = $1")
                .execute(Tuple.from(java.util.Arrays.asList(call.callId(), call.operatorId(), call.type(), url, httpStatus, attemptOutcome,
                        (int) durationMs, outcome)))
                .replaceWithVoid();
    }

    /** Records a failed attempt and sets when the call is tried again, in one statement. */
    public Uni<Void> recordAndRetry(PendingCall call, String url, Integer httpStatus, String attemptOutcome, long durationMs,
                                    OffsetDateTime at) {
        return pool.preparedQuery("WITH attempt AS (" + INSERT_ATTEMPT + ") UPDATE callback_outbox SET next_attempt_at = $8,"
                        + " attempts = attempts + 1 WHERE call_id = $1")
                .execute(Tuple.from(java.util.Arrays.asList(call.callId(), call.operatorId(), call.type(), url, httpStatus, attemptOutcome,
                        (int) durationMs, at)))
                .replaceWithVoid();
    }

    private static final String INSERT_ATTEMPT = "INSERT INTO callback_attempt (call_id, operator_id, type, url, http_status, outcome,"
            + " duration_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)";

    /** Puts a call off without an attempt (its operator's breaker is open). */
    public Uni<Void> postpone(long callId, OffsetDateTime at) {
        return pool.preparedQuery("UPDATE callback_outbox SET next_attempt_at = $2 WHERE call_id = $1")
                .execute(Tuple.of(callId, at)).replaceWithVoid();
    }

    public Uni<List<CallbackAttempt>> attempts(String operatorId, PageRequest page) {
        return pool.preparedQuery("SELECT * FROM callback_attempt WHERE operator_id = $1 ORDER BY attempt_id DESC LIMIT $2 OFFSET $3")
                .execute(Tuple.of(operatorId, page.pageSize(), page.offset()))
                .map(rows -> {
                    List<CallbackAttempt> attempts = new ArrayList<>();
                    for (Row row : rows) {
                        attempts.add(new CallbackAttempt(row.getLong("attempt_id"), row.getString("type"), row.getString("url"),
                                row.getOffsetDateTime("at").toString(), row.getInteger("http_status"), row.getString("outcome"),
                                row.getInteger("duration_ms")));
                    }
                    return attempts;
                });
    }

    public Uni<Long> countAttempts(String operatorId) {
        return pool.preparedQuery("SELECT count(*) FROM callback_attempt WHERE operator_id = $1").execute(Tuple.of(operatorId))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
