package kr.openapi.charging.repository;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Operators' secrets and tokens, read on every call: cached for a short while ({@code quarkus.cache.caffeine.*}),
 * invalidated here on rotation and bounded elsewhere by the cache's expiry (other replicas).
 */
@ApplicationScoped
public class CredentialRepository {

    /** What verifying an operator's call needs: its encrypted secret (null until issued) and its signature mode. */
    public record Credentials(String operatorId, String busiId, String secretEnc, String signatureMode) {
    }

    public record TokenOwner(String operatorId, OffsetDateTime expiresAt) {
    }

    private final Pool pool;
    private final Cache credentialsCache;

    public CredentialRepository(Pool pool, @CacheName("operator-credentials") Cache credentialsCache) {
        this.pool = pool;
        this.credentialsCache = credentialsCache;
    }

    @CacheResult(cacheName = "operator-credentials")
    public Uni<Optional<Credentials>> credentials(String operatorId) {
        return pool.preparedQuery("SELECT operator_id, busi_id, secret_enc, signature_mode FROM operator WHERE operator_id = $1")
                .execute(Tuple.of(operatorId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Credentials(row.getString("operator_id"), row.getString("busi_id"), row.getString("secret_enc"),
                            row.getString("signature_mode")));
                });
    }

    public Uni<Boolean> storeSecret(String operatorId, String secretEnc) {
        return pool.preparedQuery("UPDATE operator SET secret_enc = $2, secret_rotated_at = now() WHERE operator_id = $1")
                .execute(Tuple.of(operatorId, secretEnc)).map(rows -> rows.rowCount() == 1)
                .call(() -> forgetCredentials(operatorId));
    }

    public Uni<Boolean> storeSignatureMode(String operatorId, String mode) {
        return pool.preparedQuery("UPDATE operator SET signature_mode = $2 WHERE operator_id = $1")
                .execute(Tuple.of(operatorId, mode)).map(rows -> rows.rowCount() == 1)
                .call(() -> forgetCredentials(operatorId));
    }

    /**
     * Drops the cached credentials of one operator, keyed as {@link #credentials} caches them (by id alone), once the
     * change is stored: dropped before, a call in between would cache the old secret again.
     */
    private Uni<Void> forgetCredentials(String operatorId) {
        return credentialsCache.invalidate(operatorId);
    }

    public Uni<Void> insertToken(String tokenHash, String operatorId, OffsetDateTime issuedAt, OffsetDateTime expiresAt) {
        return pool.preparedQuery("INSERT INTO operator_token (token_hash, operator_id, issued_at, expires_at) VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(tokenHash, operatorId, issuedAt, expiresAt)).replaceWithVoid();
    }

    @CacheResult(cacheName = "operator-tokens")
    public Uni<Optional<TokenOwner>> tokenOwner(String tokenHash) {
        return pool.preparedQuery("SELECT operator_id, expires_at FROM operator_token WHERE token_hash = $1")
                .execute(Tuple.of(tokenHash))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(new TokenOwner(rows.iterator().next().getString("operator_id"),
                                rows.iterator().next().getOffsetDateTime("expires_at"))));
    }

    public Uni<Integer> sweepTokens() {
        return pool.query("DELETE FROM operator_token WHERE expires_at < now() - interval '1 day'").execute().map(rows -> rows.rowCount());
    }
}
