package kr.openapi.deploy.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Request paths that try to walk from a route the gateway lets through without a credential to a path it guards:
 * every spelling of a dot segment and of a separator that some server reads as {@code ../}. Each must be refused
 * at the gateway.
 */
public final class PathAttacks {

    /** Spellings of "..": raw, percent-encoded in any case, half-encoded, double-encoded, with path parameters. */
    public static final List<String> DOT_DOTS = List.of("..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%2E.", "%252e%252e",
            "..;", "..;x=1", "%2e%2e;");
    /** Spellings of "/" after it: raw, encoded, backslashes, an empty or "." segment, a path parameter. */
    public static final List<String> SEPARATORS = List.of("/", "%2f", "%2F", "%5c", "%5C", "\\", "//", "/./", ";/", "%252f");
    /** Characters that end or split a path for some reader: NUL, line breaks, tab, DEL, a raw non-ASCII byte. */
    public static final List<String> CONTROL = List.of("%00", "%0d%0a", "%09", "%7f", "\u0085", "%ff%2e%2e");

    private PathAttacks() {
    }

    /**
     * Paths that start with {@code keylessPrefix} and, read by a lenient server, end at {@code target} (a path
     * without a leading slash, e.g. {@code admin/catalog/services}).
     */
    public static List<String> from(String keylessPrefix, String target) {
        String base = keylessPrefix.endsWith("/") ? keylessPrefix : keylessPrefix + "/";
        List<String> paths = new ArrayList<>();
        for (String dotDot : DOT_DOTS) {
            for (String separator : SEPARATORS) {
                paths.add(base + (dotDot + separator).repeat(6) + target);
            }
        }
        paths.add(base + "./../../../../../../" + target);
        paths.add(base + ";/../../../../../../" + target);
        paths.add(keylessPrefix + ";/../../../../../../" + target);
        for (String control : CONTROL) {
            paths.add(base + control + "/../../../../../../" + target);
        }
        return paths;
    }
}
