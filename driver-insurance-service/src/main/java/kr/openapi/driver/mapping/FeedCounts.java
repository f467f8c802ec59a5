package kr.openapi.driver.mapping;

/** What a feed upload did: records received, and how many were new, changed or identical to what was stored. */
public record FeedCounts(int received, int inserted, int updated, int unchanged) {
}
