package kr.openapi.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The gateway's calls to key-issuance-service, with their policies in one place. No retries: the feed is polled
 * every second and usage is reported again with growing totals, so the next round is the retry.
 */
@ApplicationScoped
public class KeyIssuanceClient {

    private final KeyIssuanceApi api;

    public KeyIssuanceClient(@RestClient KeyIssuanceApi api) {
        this.api = api;
    }

    /** A snapshot can be large (100,000 keys is about 26 MB), hence the generous timeout. */
    @Timeout(30_000)
    public Uni<KeyFeedPage> keysSince(String cursor) {
        return api.keys(cursor);
    }

    @Timeout(5_000)
    public Uni<Void> report(UsageReport report) {
        return api.usage(report);
    }
}
