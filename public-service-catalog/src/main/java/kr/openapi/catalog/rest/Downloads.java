package kr.openapi.catalog.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for files, readable by old clients (ASCII name) and new ones (RFC 6266 UTF-8 name). */
final class Downloads {

    private Downloads() {
    }

    static String attachment(String asciiName) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(asciiName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
