package kr.openapi.driver.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** One-time access tokens, kept as their SHA-256. */
@ApplicationScoped
public class TokenRepository {

    /** What presenting a token found: whether it was unused (now spent), and for whom it was issued. */
    public record Spending(boolean existed, boolean wasUnused, String clientKey, String reqBizCode, OffsetDateTime expiresAt) {
    }

    private final Pool pool;

    public TokenRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(String tokenHash, String clientKey, String reqBizCode, String bizSeqNo, OffsetDateTime issuedAt,
                            OffsetDateTime expiresAt) {
        return pool.preparedQuery("INSERT INTO access_token (token_hash, client_key, req_biz_code, biz_seq_no, issued_at, expires_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(List.of(tokenHash, clientKey, reqBizCode, bizSeqNo, issuedAt, expiresAt)))
                .replaceWithVoid();
    }

    /**
     * Spends a token: one atomic update marks it used, so of any number of concurrent calls presenting it exactly one
     * finds it unused. A token that was already used is reported as such, an unknown one as not existing.
     */
    public Uni<Spending> spend(String tokenHash) {
        return pool.preparedQuery("UPDATE access_token SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL"
                        + " RETURNING client_key, req_biz_code, expires_at")
                .execute(Tuple.of(tokenHash))
                .flatMap(spent -> {
                    if (spent.size() == 1) {
                        Row row = spent.iterator().next();
                        return Uni.createFrom().item(new Spending(true, true, row.getString("client_key"),
                                row.getString("req_biz_code"), row.getOffsetDateTime("expires_at")));
                    }
                    return pool.preparedQuery("SELECT client_key, req_biz_code, expires_at FROM access_token WHERE token_hash = $1")
                            .execute(Tuple.of(tokenHash))
                            .map(found -> found.size() == 0
                                    ? new Spending(false, false, null, null, null)
                                    : new Spending(true, false, found.iterator().next().getString("client_key"),
                                            found.iterator().next().getString("req_biz_code"),
                                            found.iterator().next().getOffsetDateTime("expires_at")));
                });
    }

    /** Forgets tokens that expired more than a day ago (a day keeps "used" and "expired" answers distinct meanwhile). */
    public Uni<Integer> sweep() {
        return pool.query("DELETE FROM access_token WHERE expires_at < now() - interval '1 day'").execute().map(rows -> rows.rowCount());
    }
}
