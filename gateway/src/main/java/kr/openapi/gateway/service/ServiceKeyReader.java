package kr.openapi.gateway.service;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the service key of a request and the query string to forward without it. data.go.kr clients send the key
 * raw or percent-encoded ({@code %2B} for {@code +}), so both readings of the raw value are candidates; a
 * double-encoded key ({@code %252B}) is decoded once only and so matches nothing, as at data.go.kr.
 * The parameter's name is read in any case ({@code ServiceKey}, as in data.go.kr's older sample code, and
 * {@code servicekey} too), and every spelling of it is kept from the upstream.
 * Also read: {@code X-Service-Key} and {@code Authorization: Infuser <key>}.
 */
public final class ServiceKeyReader {

    public static final String PARAMETER = "serviceKey";
    public static final String HEADER = "X-Service-Key";
    private static final String INFUSER = "Infuser ";

    private ServiceKeyReader() {
    }

    /** The raw value as sent, and once decoded, when they differ; empty when the request carries no key. */
    public static List<String> candidates(String query, HttpHeaders headers) {
        List<String> candidates = new ArrayList<>(2);
        String raw = rawParameter(query);
        if (raw != null && !raw.isEmpty()) {
            candidates.add(raw);
            String decoded = percentDecode(raw);
            if (decoded != null && !decoded.equals(raw)) {
                candidates.add(decoded);
            }
        } else {
            String header = headers.get(HEADER);
            String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
            if (header != null && !header.isBlank()) {
                candidates.add(header.strip());
            } else if (authorization != null && authorization.regionMatches(true, 0, INFUSER, 0, INFUSER.length())) {
                candidates.add(authorization.substring(INFUSER.length()).strip());
            }
        }
        return candidates;
    }

    /** The query string without any {@code serviceKey} parameter, every other byte as sent; null when nothing is left. */
    public static String queryWithoutKey(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringBuilder kept = null;
        int start = 0;
        // "<=": a trailing '&' ends in an empty pair, left out like the others.
        while (start <= query.length()) {
            int end = pairEnd(query, start);
            if (isKeyParameter(query, start, end) || end == start) {
                if (kept == null) {
                    // The first pair left out: what came before it is kept as sent (scanned, not split: once per call).
                    kept = new StringBuilder(query.length()).append(query, 0, Math.max(0, start - 1));
                }
            } else if (kept != null) {
                if (kept.length() > 0) {
                    kept.append('&');
                }
                kept.append(query, start, end);
            }
            start = end + 1;
        }
        if (kept == null) {
            return query;
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    static String rawParameter(String query) {
        if (query == null) {
            return null;
        }
        int start = 0;
        while (start < query.length()) {
            int end = pairEnd(query, start);
            if (isKeyParameter(query, start, end)) {
                int value = start + PARAMETER.length() + 1;
                return value > end ? "" : query.substring(value, end);
            }
            start = end + 1;
        }
        return null;
    }

    /** Where the pair starting at {@code start} ends: the next {@code &}, or the end of the query. */
    private static int pairEnd(String query, int start) {
        int end = query.indexOf('&', start);
        return end < 0 ? query.length() : end;
    }

    /** Whether the pair in {@code [start, end)} is {@code serviceKey} (any case), with or without a value. */
    private static boolean isKeyParameter(String query, int start, int end) {
        int length = PARAMETER.length();
        return end - start >= length && query.regionMatches(true, start, PARAMETER, 0, length)
                && (end - start == length || query.charAt(start + length) == '=');
    }

    /** Percent-decoding only: a '+' stays a '+', as keys contain it and clients leave it raw. */
    private static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
