package kr.openapi.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.openapi.common.net.IpRange;
import kr.openapi.gateway.client.KeyFeedPage;
import kr.openapi.gateway.client.KeyIssuanceClient;
import kr.openapi.gateway.config.GatewayConfig;
import kr.openapi.gateway.repository.KeySnapshotRepository;

/**
 * Keeps {@link KeyDirectory} in step with key-issuance-service: a full snapshot first, then every
 * {@code gateway.key-feed.poll-interval} the keys changed since the last cursor. A change made in the portal is
 * enforced within about a second; while key-issuance-service is down the known keys keep working.
 *
 * <p>Every round's changes are also written, with the cursor they lead to, to the gateway's own database
 * ({@link KeySnapshotRepository}). A gateway that starts while key-issuance-service is unreachable loads that copy
 * (suspended and revoked keys stay refused), says so in its readiness, and catches up with the changes since its
 * cursor once the feed answers again.
 */
@Singleton
public class KeySync {

    /** Without changes, the copy's cursor row is rewritten this often, so that its age says when it was last in step. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final KeyDirectory directory;
    private final KeyIssuanceClient keyIssuance;
    private final KeySnapshotRepository snapshots;
    private final GatewayConfig config;
    private final Vertx vertx;
    private final AtomicBoolean polling = new AtomicBoolean();

    private volatile String cursor;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile Instant restoredFrom;
    private long timerId = -1;

    // Only touched within a round (rounds never overlap): what the saved copy still lacks.
    private final Map<String, KeyFeedPage.FeedKey> unsaved = new LinkedHashMap<>();
    private boolean unsavedIsComplete;
    private String savedCursor;
    private Instant savedAt = Instant.EPOCH;
    private boolean restoreTried;

    public KeySync(KeyDirectory directory, KeyIssuanceClient keyIssuance, KeySnapshotRepository snapshots,
                   GatewayConfig config, Vertx vertx) {
        this.directory = directory;
        this.keyIssuance = keyIssuance;
        this.snapshots = snapshots;
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
        boolean snapshot = cursor == null;
        if (snapshot) {
            unsaved.clear();
            unsavedIsComplete = true;
        }
        readFrom(cursor, snapshot ? new HashSet<>() : null)
                .invoke(() -> {
                    lastSuccess = Instant.now();
                    lastError = null;
                })
                .chain(this::saveCopy)
                .subscribe().with(done -> polling.set(false), failure -> {
                    if (lastError == null) {
                        Log.warnf("Key feed unavailable, serving %d known keys: %s", directory.size(), failure.getMessage());
                    }
                    lastError = String.valueOf(failure.getMessage());
                    restoreIfNothingLoaded().subscribe().with(done -> polling.set(false), e -> polling.set(false));
                });
    }

    /** Reads pages until none is left; a snapshot (no cursor) ends by dropping keys it did not list. */
    private Uni<Void> readFrom(String since, Set<String> snapshotIds) {
        return keyIssuance.keysSince(since).chain(page -> {
            for (KeyFeedPage.FeedKey key : page.keys()) {
                directory.put(toKnownKey(key));
                unsaved.put(key.keyId(), key);
                if (snapshotIds != null) {
                    snapshotIds.add(key.keyId());
                }
            }
            if (page.hasMore()) {
                if (snapshotIds == null) {
                    cursor = page.cursor();
                }
                return readFrom(page.cursor(), snapshotIds);
            }
            // A snapshot counts only once complete: one that fails halfway is read again from the start.
            cursor = page.cursor();
            if (snapshotIds != null) {
                directory.retainOnly(snapshotIds);
                Log.infof("Key snapshot loaded: %d keys", directory.size());
            }
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * Writes what the saved copy lacks with the cursor reached. A failed write is tried again with the next round's
     * changes added: the saved cursor never passes changes that are not saved.
     */
    private Uni<Void> saveCopy() {
        String reached = cursor;
        boolean changed = !unsaved.isEmpty() || !reached.equals(savedCursor);
        if (!changed && Duration.between(savedAt, Instant.now()).compareTo(HEARTBEAT) < 0) {
            return Uni.createFrom().voidItem();
        }
        List<KeyFeedPage.FeedKey> keys = List.copyOf(unsaved.values());
        return snapshots.save(keys, unsavedIsComplete, reached)
                .invoke(() -> {
                    keys.forEach(key -> unsaved.remove(key.keyId(), key));
                    unsavedIsComplete = false;
                    savedCursor = reached;
                    savedAt = Instant.now();
                })
                .onFailure().recoverWithUni(e -> {
                    Log.warnf("Key copy not saved (next round tries again): %s", e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /** At start with the feed unreachable: the saved copy, if there is one, instead of no keys at all. */
    private Uni<Void> restoreIfNothingLoaded() {
        if (cursor != null || restoreTried) {
            return Uni.createFrom().voidItem();
        }
        return snapshots.load().invoke(saved -> {
            restoreTried = true;
            if (saved == null) {
                Log.warn("Key feed unreachable and no saved copy of it: every key is refused until the feed answers");
                return;
            }
            saved.keys().forEach(key -> directory.put(toKnownKey(key)));
            // What a snapshot read halfway before failing is newer than the copy: it stays.
            unsaved.values().forEach(key -> directory.put(toKnownKey(key)));
            savedCursor = saved.cursor();
            savedAt = saved.savedAt();
            restoredFrom = saved.savedAt();
            cursor = saved.cursor();
            unsavedIsComplete = false;
            Log.warnf("Key feed unreachable at start: serving %d keys from the copy saved at %s", saved.keys().size(), saved.savedAt());
        }).onFailure().invoke(e -> Log.warnf("Saved key copy not readable (tried again next round): %s", e.getMessage()))
                .replaceWithVoid();
    }

    static KnownKey toKnownKey(KeyFeedPage.FeedKey key) {
        List<IpRange> ranges = key.accessIps().stream().map(IpRange::parse).toList();
        return new KnownKey(key.keyId(), key.keyHash(), key.product(), key.memberId(),
                KnownKey.Status.valueOf(key.status().toUpperCase(Locale.ROOT)), key.issuedOn(), key.expiresOn(), ranges,
                key.dailyQuota());
    }

    /** Whether keys are loaded (from the feed, or from the saved copy): before that the gateway cannot check any. */
    public boolean isLoaded() {
        return cursor != null;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError;
    }

    /** When the copy this gateway started from was last in step with the feed; {@code null} if it started from the feed. */
    public Instant restoredFrom() {
        return restoredFrom;
    }
}
