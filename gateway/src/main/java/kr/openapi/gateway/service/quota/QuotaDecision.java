package kr.openapi.gateway.service.quota;

/** The outcome of counting one call: served or refused, with the numbers for the RateLimit headers. */
public record QuotaDecision(boolean allowed, int limit, int used) {

    public int remaining() {
        return Math.max(0, limit - used);
    }
}
