package kr.openapi.consent.mapping;

/**
 * How an institution signs its entry (seed step 2). {@code SHA256}: hex(SHA-256(insttCode + timeStamp + secret)), as
 * the institutions' existing integrations compute it; it does not cover the owner or the plate, so a fixed-type
 * entry's {@code carOwner}/{@code carRegNo} could be changed in the browser. {@code HMAC}: HMAC-SHA256 under the
 * secret over {@code insttCode|timeStamp|svcCodeArr|svcType|carOwner|carRegNo}, which binds them.
 */
public enum HashScheme {
    SHA256, HMAC
}
