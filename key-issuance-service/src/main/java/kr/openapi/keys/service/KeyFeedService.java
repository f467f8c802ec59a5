package kr.openapi.keys.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.openapi.keys.mapping.KeyFeed;
import kr.openapi.keys.repository.KeyFeedRepository;

/** The gateway's view of keys: a full snapshot without a cursor, then only what changed since the cursor. */
@ApplicationScoped
public class KeyFeedService {

    public static final int DEFAULT_PAGE = 200_000;

    private final KeyFeedRepository feed;

    public KeyFeedService(KeyFeedRepository feed) {
        this.feed = feed;
    }

    public Uni<KeyFeed> since(long cursor, int limit) {
        return feed.changedSince(cursor, limit).map(records -> {
            long next = records.isEmpty() ? cursor : records.get(records.size() - 1).changeSeq();
            List<KeyFeed.FeedKey> keys = records.stream().map(r -> new KeyFeed.FeedKey(String.valueOf(r.keyId()), r.keyHash(),
                    r.product(), String.valueOf(r.memberId()), r.status(), r.issuedOn(), r.expiresOn(),
                    AccessIpList.split(r.accessIps()), r.dailyQuota())).toList();
            return new KeyFeed(String.valueOf(next), cursor == 0, records.size() == limit, keys);
        });
    }
}
