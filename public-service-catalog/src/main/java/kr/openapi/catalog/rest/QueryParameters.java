package kr.openapi.catalog.rest;

import java.util.regex.Pattern;
import kr.openapi.common.result.ApiException;

/** Checks of raw query parameters, so that a bad value is answered with code 10 and the parameter's name. */
final class QueryParameters {

    static final int TEXT_LIMIT = 100;
    private static final Pattern SEARCHABLE = Pattern.compile("[0-9A-Za-z가-힣]");

    private QueryParameters() {
    }

    /** The trimmed value, or null when absent or blank. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The trimmed text, or null when absent. Longer than {@link #TEXT_LIMIT} characters is refused, and so are
     * control characters (PostgreSQL cannot hold NUL, and no name or search word contains one).
     */
    static String text(String name, String value) {
        String text = optional(value);
        if (text != null && text.length() > TEXT_LIMIT) {
            throw ApiException.invalidParameter(name + "는 " + TEXT_LIMIT + "자 이내입니다");
        }
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalidParameter(name + "에 제어 문자를 쓸 수 없습니다");
        }
        return text;
    }

    /**
     * The search words, or null when absent. Search looks at Hangul syllables, Latin letters and digits; a query
     * with none of them (only punctuation, emoji, Hanja or lone jamo) could match nothing and is refused.
     */
    static String searchQuery(String value) {
        String query = text("srhQuery", value);
        if (query != null && !SEARCHABLE.matcher(query).find()) {
            throw ApiException.invalidParameter("srhQuery에 검색할 수 있는 글자(한글, 영문, 숫자)가 없습니다");
        }
        return query;
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
