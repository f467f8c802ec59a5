package kr.openapi.consent.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The open-redirect guard: a return URL must lie on the institution's registered site, the same scheme, host and
 * port, under the site's path. Anything else (another host, {@code //host}, {@code javascript:}, credentials in the
 * URL, backslashes that browsers read as slashes, dots or slashes percent-encoded in the path, which browsers
 * resolve after this check would have) is refused.
 */
public final class ReturnUrls {

    /**
     * What may turn a path under the site into one outside it, for a browser or for the site's own server:
     * {@code %2e} is a dot and {@code %2f}, {@code %5c} slashes to a browser ({@code /app/%2e%2e/x} is {@code /x});
     * a second decoding ({@code %25}), encoded control characters, overlong UTF-8 dots ({@code %c0%ae}) and a dot
     * segment with parameters ({@code /..;/}, read as {@code ..} by some servers) are refused as well.
     */
    private static final Pattern ENCODED_PATH_PUNCTUATION = Pattern.compile("%(2e|2f|5c|25|[01][0-9a-f]|7f|c0|c1)|(^|/)\\.{1,2};",
            Pattern.CASE_INSENSITIVE);

    private ReturnUrls() {
    }

    public static boolean onSite(String siteUrl, String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return true;
        }
        if (candidate.contains("\\") || candidate.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return false;
        }
        try {
            URI site = new URI(siteUrl);
            URI target = new URI(candidate);
            if (!target.isAbsolute() || target.getRawUserInfo() != null || target.getHost() == null
                    || target.getRawPath() != null && ENCODED_PATH_PUNCTUATION.matcher(target.getRawPath()).find()) {
                return false;
            }
            String scheme = target.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http"))
                    && scheme.equals(site.getScheme().toLowerCase(Locale.ROOT))
                    && target.getHost().equalsIgnoreCase(site.getHost())
                    && port(target) == port(site)
                    && path(target).startsWith(sitePath(site));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String path(URI uri) {
        String path = uri.normalize().getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String sitePath(URI site) {
        String path = path(site);
        return path.endsWith("/") ? path : path + "/";
    }
}
