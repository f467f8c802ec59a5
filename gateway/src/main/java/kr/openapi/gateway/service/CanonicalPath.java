package kr.openapi.gateway.service;

/**
 * The one path the gateway routes on and forwards: a request's path is either refused here or reduced to a form
 * that every server behind the gateway reads the same way, so that a request cannot be routed (and checked) as one
 * path and then served as another.
 * <ul>
 *   <li>Refused: dot segments ({@code .}, {@code ..}, however they are spelled), an encoded {@code /}, {@code \},
 *       {@code ;} or {@code %} (double encoding), a raw {@code \} or {@code ;} (path parameters), control
 *       characters, raw non-ASCII, and anything else RFC 3986 does not allow in a path.</li>
 *   <li>Resolved: runs of {@code /} become one (a base URL with a trailing slash is a common client mistake), and
 *       percent-encoded letters, digits and {@code -._~} are decoded, since the services decode them too and a route
 *       prefix must not be hidden behind them ({@code /api/v1/%61dmin/} is {@code /api/v1/admin/}).</li>
 * </ul>
 * Other percent-encoded bytes (Hangul, spaces) stay encoded: they cannot form a {@code /} or a dot segment, so the
 * route the gateway chooses is the route the service's decoded path belongs to.
 *
 * @param path    the canonical path, or null when refused
 * @param refusal why the path was refused, for the caller; null when it was not
 */
public record CanonicalPath(String path, String refusal) {

    /** Characters RFC 3986 allows raw in a path, except ';' (path parameters, read differently by every server). */
    private static final boolean[] ALLOWED_RAW = new boolean[128];
    /** Unreserved characters: their percent-encoded form means the same and is decoded. */
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
            UNRESERVED[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c : "-._~".toCharArray()) {
            UNRESERVED[c] = true;
        }
        System.arraycopy(UNRESERVED, 0, ALLOWED_RAW, 0, 128);
        for (char c : "!$&'()*+,=:@/%".toCharArray()) {
            ALLOWED_RAW[c] = true;
        }
    }

    public boolean refused() {
        return path == null;
    }

    /** The canonical form of a raw request path (as sent, before any decoding). */
    public static CanonicalPath of(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
            return refuse("경로는 /로 시작해야 합니다");
        }
        StringBuilder resolved = null;
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c >= 128 || !ALLOWED_RAW[c]) {
                return refuse(c == '\\' ? "경로에 \\를 쓸 수 없습니다"
                        : c == ';' ? "경로에 ;(경로 매개변수)를 쓸 수 없습니다"
                        : "경로에 쓸 수 없는 문자가 있습니다 (U+" + String.format("%04X", (int) c) + ")");
            }
            if (c == '%') {
                int decoded = i + 2 < length ? hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)) : -1;
                if (decoded < 0) {
                    return refuse("경로의 퍼센트 인코딩이 올바르지 않습니다");
                }
                if (decoded == '/' || decoded == '\\' || decoded == ';' || decoded == '%' || decoded < 0x20 || decoded == 0x7f) {
                    return refuse("경로에 인코딩된 /, \\, ;, %, 제어 문자를 쓸 수 없습니다");
                }
                if (decoded < 128 && UNRESERVED[decoded]) {
                    resolved = started(resolved, raw, i).append((char) decoded);
                } else if (resolved != null) {
                    resolved.append(raw, i, i + 3);
                }
                i += 2;
            } else if (c == '/' && i + 1 < length && raw.charAt(i + 1) == '/') {
                resolved = started(resolved, raw, i);
            } else if (resolved != null) {
                resolved.append(c);
            }
        }
        String path = resolved == null ? raw : resolved.toString();
        return hasDotSegment(path) ? refuse("경로에 . 또는 .. 구간을 쓸 수 없습니다") : new CanonicalPath(path, null);
    }

    /** The raw path with anything unprintable escaped, for a log line about a refused request. */
    public static String printable(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 256));
        for (int i = 0; i < raw.length() && out.length() < 256; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static StringBuilder started(StringBuilder resolved, String raw, int upTo) {
        return resolved != null ? resolved : new StringBuilder(raw.length()).append(raw, 0, upTo);
    }

    private static boolean hasDotSegment(String path) {
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int segment = end - start;
            if (segment == 1 && path.charAt(start) == '.' || segment == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1 << 8;
    }

    private static CanonicalPath refuse(String why) {
        return new CanonicalPath(null, why);
    }
}
