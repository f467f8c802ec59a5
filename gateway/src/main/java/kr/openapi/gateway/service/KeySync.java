package kr.openapi.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.openapi.common.net.IpRange;
import kr.openapi.gateway.client.KeyFeedPage;
import kr.openapi.gateway.client.KeyIssuanceClient;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * Keeps {@link KeyDirectory} in step with key-issuance-service: a full snapshot first, then every
 * {@code gateway.key-feed.poll-interval} the keys changed since the last cursor. A change made in the portal is
 * enforced within about a second; while key-issuance-service is down the known keys keep working.
 */
@Singleton
public class KeySync {

    private final KeyDirectory directory;
    private final KeyIssuanceClient keyIssuance;
    private final GatewayConfig config;
    private final Vertx vertx;
    private final AtomicBoolean polling = new AtomicBoolean();

    private volatile String cursor;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private long timerId = -1;

    public KeySync(KeyDirectory directory, KeyIssuanceClient keyIssuance, GatewayConfig config, Vertx vertx) {
        this.directory = directory;
        this.keyIssuance = keyIssuance;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(0, config.keyFeed().pollInterval().toMillis(), id -> poll());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timerId);
    }

    /** One round; rounds never overlap. */
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        readFrom(cursor, cursor == null ? new HashSet<>() : null)
                .subscribe().with(done -> {
                    lastSuccess = Instant.now();
                    lastError = null;
                    polling.set(false);
                }, failure -> {
                    if (lastError == null) {
                        Log.warnf("Key feed unavailable, serving %d known keys: %s", directory.size(), failure.getMessage());
                    }
                    lastError = String.valueOf(failure.getMessage());
                    polling.set(false);
                });
    }

    /** Reads pages until none is left; a snapshot (no cursor) ends by dropping keys it did not list. */
    private Uni<Void> readFrom(String since, Set<String> snapshotIds) {
        return keyIssuance.keysSince(since).chain(page -> {
            for (KeyFeedPage.FeedKey key : page.keys()) {
                directory.put(toKnownKey(key));
                if (snapshotIds != null) {
                    snapshotIds.add(key.keyId());
                }
            }
            cursor = page.cursor();
            if (page.hasMore()) {
                return readFrom(page.cursor(), snapshotIds);
            }
            if (snapshotIds != null) {
                directory.retainOnly(snapshotIds);
                Log.infof("Key snapshot loaded: %d keys", directory.size());
            }
            return Uni.createFrom().voidItem();
        });
    }

    static KnownKey toKnownKey(KeyFeedPage.FeedKey key) {
        List<IpRange> ranges = key.accessIps().stream().map(IpRange::parse).toList();
        return new KnownKey(key.keyId(), key.keyHash(), key.product(), key.memberId(),
                KnownKey.Status.valueOf(key.status().toUpperCase(Locale.ROOT)), key.issuedOn(), key.expiresOn(), ranges,
                key.dailyQuota());
    }

    /** Whether a snapshot has been loaded: before that the gateway cannot check any key. */
    public boolean isLoaded() {
        return cursor != null;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError;
    }
}
