package kr.openapi.keys.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import kr.openapi.keys.config.PortalConfig;

/** The gateway's public address, as the usage guides' examples call it. */
final class GatewayAddress {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private GatewayAddress() {
    }

    /** The configured address, else the one the caller used to reach the gateway (a malformed host is not echoed). */
    static String of(PortalConfig config, HttpHeaders headers, UriInfo uri) {
        if (config.apiBaseUrl().isPresent()) {
            return strip(config.apiBaseUrl().get());
        }
        String host = headers.getHeaderString("X-Forwarded-Host");
        String proto = headers.getHeaderString("X-Forwarded-Proto");
        if (host != null && HOST.matcher(host).matches()) {
            return ("https".equalsIgnoreCase(proto) ? "https" : "http") + "://" + host;
        }
        return strip(uri.getBaseUri().toString());
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
