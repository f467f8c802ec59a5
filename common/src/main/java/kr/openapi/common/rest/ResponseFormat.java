package kr.openapi.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The two machine formats of the {@code result} envelope, and the one rule for choosing between them that the
 * gateway (its own failures) and every service (answers and failures) follow:
 * <ol>
 *   <li>a format parameter: the first of {@code _type}, {@code type}, {@code format}, {@code dataType} whose value is
 *       json or xml (any case) decides;</li>
 *   <li>otherwise the {@code Accept} header: of the JSON and XML media types it lists, the one with the higher
 *       {@code q} (the earlier on a tie); wildcards and {@code q=0} choose nothing;</li>
 *   <li>otherwise the default: XML, as data.go.kr serves it, unless the API is JSON by nature (the portal's).</li>
 * </ol>
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

    /** The format the request's parameters name, if any ({@code parameter} looks up a query parameter's value). */
    public static Optional<ResponseFormat> fromParameters(Function<String, String> parameter) {
        for (String name : FORMAT_PARAMETERS) {
            Optional<ResponseFormat> asked = fromParameter(parameter.apply(name));
            if (asked.isPresent()) {
                return asked;
            }
        }
        return Optional.empty();
    }

    /** The machine format an {@code Accept} header prefers, if it names JSON or XML with a q above zero. */
    public static Optional<ResponseFormat> fromAccept(String accept) {
        if (accept == null || accept.isEmpty()) {
            return Optional.empty();
        }
        ResponseFormat best = null;
        double bestQ = 0;
        for (String range : accept.split(",")) {
            ResponseFormat format = machineFormatOf(range);
            if (format != null) {
                double q = qualityOf(range);
                if (q > bestQ) {
                    best = format;
                    bestQ = q;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The whole rule (see the class comment). */
    public static ResponseFormat choose(Function<String, String> parameter, String accept, ResponseFormat fallback) {
        return fromParameters(parameter).or(() -> fromAccept(accept)).orElse(fallback);
    }

    /**
     * The format of a service's answer, from its {@code Accept} header, which {@link ResponseFormatFilter} has
     * already settled from the format parameters.
     */
    public static ResponseFormat of(HttpHeaders headers, ResponseFormat fallback) {
        List<String> accept = headers == null ? null : headers.getRequestHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isEmpty() ? fallback : fromAccept(String.join(",", accept)).orElse(fallback);
    }

    public static ResponseFormat of(HttpHeaders headers) {
        return of(headers, XML);
    }

    private static ResponseFormat machineFormatOf(String range) {
        int parameters = range.indexOf(';');
        String type = (parameters < 0 ? range : range.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String subtype = type.substring(slash + 1);
        if (subtype.equals("json") || subtype.endsWith("+json")) {
            return JSON;
        }
        if (subtype.equals("xml") || subtype.endsWith("+xml")) {
            return XML;
        }
        return null;
    }

    private static double qualityOf(String range) {
        for (String parameter : range.split(";")) {
            String p = parameter.trim();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
