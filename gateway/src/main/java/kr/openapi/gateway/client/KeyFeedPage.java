package kr.openapi.gateway.client;

import java.time.LocalDate;
import java.util.List;

/** One page of key-issuance-service's key feed ({@code GET /internal/v1/keys}). */
public record KeyFeedPage(String cursor, boolean snapshot, boolean hasMore, List<FeedKey> keys) {

    public record FeedKey(String keyId, String keyHash, String product, String memberId, String status,
                          LocalDate issuedOn, LocalDate expiresOn, List<String> accessIps, int dailyQuota) {
    }
}
