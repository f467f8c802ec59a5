package kr.openapi.catalog.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kr.openapi.catalog.mapping.ServiceSheet;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.result.ApiException;

/**
 * The Gov24 {@code format} parameter (required on the list and detail APIs): xml, html, excel, and json beside
 * them. A client that names the format the data.go.kr way instead ({@code _type}, {@code type}, {@code dataType})
 * is understood too.
 */
public enum CatalogFormat {
    XML(ResponseFormat.XML.mediaType()),
    JSON(ResponseFormat.JSON.mediaType()),
    HTML(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")),
    EXCEL(MediaType.valueOf(ServiceSheet.MEDIA_TYPE));

    private final MediaType mediaType;

    CatalogFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * The format a request asks for, if the API offers it (10 when it is not). The guide calls {@code format}
     * required, but clients in use send {@code format=} or nothing and read XML, as api.gov.kr answered them: no
     * format is XML, or JSON where the request asks for it the data.go.kr way. Between XML and JSON the answer
     * follows the request's settled {@code Accept} header (see {@link kr.openapi.common.rest.ResponseFormatFilter}),
     * the one its failures are written in too, so that {@code format=xml&_type=json} is JSON whether the call
     * succeeds or fails.
     */
    public static CatalogFormat of(MultivaluedMap<String, String> query, HttpHeaders headers, Set<CatalogFormat> offered) {
        String named = query.getFirst("format");
        if (named == null || named.isBlank()) {
            return machineFormat(headers);
        }
        CatalogFormat format;
        try {
            format = valueOf(named.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            format = null;
        }
        if (format == null || !offered.contains(format)) {
            throw ApiException.invalidParameter("format은 " + names(offered) + " 중 하나입니다: " + named);
        }
        return format == XML || format == JSON ? machineFormat(headers) : format;
    }

    private static CatalogFormat machineFormat(HttpHeaders headers) {
        return ResponseFormat.of(headers) == ResponseFormat.JSON ? JSON : XML;
    }

    private static String names(Set<CatalogFormat> offered) {
        return offered.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
