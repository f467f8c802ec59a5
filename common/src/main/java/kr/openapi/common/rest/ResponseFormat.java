package kr.openapi.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two machine formats of the {@code result} envelope. XML is the default, as data.go.kr serves it; JSON is
 * chosen with {@code _type=json}, {@code type=json}, {@code format=json}, {@code dataType=JSON} or an
 * {@code Accept} header that prefers JSON.
 */
public enum ResponseFormat {
    XML(MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")),
    JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));

    /** Query parameters through which public-data clients ask for a format, in the order they are looked at. */
    public static final List<String> FORMAT_PARAMETERS = List.of("_type", "type", "format", "dataType");

    private final MediaType mediaType;

    ResponseFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Reads a format parameter's value; anything other than json/xml is not a machine format and is ignored. */
    public static Optional<ResponseFormat> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }

    /**
     * The format of the response to a request whose {@code Accept} header has already been settled by
     * {@link ResponseFormatFilter}: JSON when JSON is acceptable and XML is not preferred to it, otherwise XML.
     */
    public static ResponseFormat of(HttpHeaders headers) {
        if (headers == null) {
            return XML;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return XML;
            }
            String subtype = accepted.getSubtype();
            if ("json".equals(subtype) || subtype.endsWith("+json")) {
                return JSON;
            }
            if ("xml".equals(subtype) || subtype.endsWith("+xml")) {
                return XML;
            }
        }
        return XML;
    }
}
