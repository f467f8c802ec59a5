package kr.openapi.catalog.rest;

import java.util.regex.Pattern;
import kr.openapi.common.result.ApiException;

/** Checks of raw query parameters, so that a bad value is answered with code 10 and the parameter's name. */
final class QueryParameters {

    static final int TEXT_LIMIT = 100;

    private QueryParameters() {
    }

    /** The trimmed value, or null when absent or blank. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed text, or null when absent; longer than {@link #TEXT_LIMIT} characters is refused. */
    static String text(String name, String value) {
        String text = optional(value);
        if (text != null && text.length() > TEXT_LIMIT) {
            throw ApiException.invalidParameter(name + "는 " + TEXT_LIMIT + "자 이내입니다");
        }
        return text;
    }

    /** The code, or null when absent; a code of another shape is refused with what the shape is. */
    static String code(String name, String value, Pattern shape, String shapeInWords) {
        String code = optional(value);
        if (code != null && !shape.matcher(code).matches()) {
            throw ApiException.invalidParameter(name + "는 " + shapeInWords + "입니다: " + code);
        }
        return code;
    }

    static String requiredCode(String name, String value, Pattern shape, String shapeInWords) {
        String code = code(name, value, shape, shapeInWords);
        if (code == null) {
            throw ApiException.missingParameter(name);
        }
        return code;
    }
}
