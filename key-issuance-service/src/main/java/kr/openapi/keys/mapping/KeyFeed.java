package kr.openapi.keys.mapping;

import java.time.LocalDate;
import java.util.List;

/**
 * The gateway's key feed: records changed after the request's cursor (all of them without one), and the cursor to
 * ask with next time. {@code hasMore} says another page follows at once.
 */
public record KeyFeed(String cursor, boolean snapshot, boolean hasMore, List<FeedKey> keys) {

    /** What the gateway needs of one key; {@code keyHash} is the hex SHA-256 of the key value. */
    public record FeedKey(String keyId, String keyHash, String product, String memberId, String status,
                          LocalDate issuedOn, LocalDate expiresOn, List<String> accessIps, int dailyQuota) {
    }
}
