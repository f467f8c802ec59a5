package kr.openapi.charging.mapping;

/** One attempt to call an operator back: when, where, what came back and how long it took. */
public record CallbackAttempt(long attemptId, String type, String url, String at, Integer httpStatus, String outcome, int durationMs) {
}
