package kr.openapi.driver.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one JSON object of the protocol liberally: values sent as strings or numbers, names in any case (the seed's
 * tables write {@code clientKEY} where its samples write {@code clientKey}), surrounding blanks ignored; lengths are
 * counted in characters. A failure names the field and carries the code of the level it happened at (the request,
 * or one row of a batch).
 */
public final class Fields {

    private final Map<String, JsonNode> byName = new HashMap<>();
    private final BizCode missing;
    private final BizCode invalid;
    private final BizCode tooLong;

    private Fields(JsonNode object, BizCode missing, BizCode invalid, BizCode tooLong) {
        object.properties().forEach(entry -> byName.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue()));
        this.missing = missing;
        this.invalid = invalid;
        this.tooLong = tooLong;
    }

    /** The request itself: a failure refuses it whole. */
    public static Fields ofRequest(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProtocolFailure(BizCode.MALFORMED_REQUEST, "JSON 객체가 필요합니다");
        }
        return new Fields(body, BizCode.MISSING_FIELD, BizCode.INVALID_FIELD, BizCode.FIELD_TOO_LONG);
    }

    /** One row of a batch: a failure fails that row only. */
    public static Fields ofRow(JsonNode row) {
        if (row == null || !row.isObject()) {
            throw new ProtocolFailure(BizCode.ROW_INVALID_FIELD, "목록의 항목은 JSON 객체여야 합니다");
        }
        return new Fields(row, BizCode.ROW_MISSING_FIELD, BizCode.ROW_INVALID_FIELD, BizCode.ROW_INVALID_FIELD);
    }

    public String required(String name, int maxLength) {
        String value = optional(name, maxLength);
        if (value == null) {
            throw new ProtocolFailure(missing, name);
        }
        return value;
    }

    /** The value, or {@code null} when absent, null or blank. */
    public String optional(String name, int maxLength) {
        JsonNode node = byName.get(name.toLowerCase(Locale.ROOT));
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new ProtocolFailure(invalid, name + "은(는) 문자열 또는 숫자여야 합니다");
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new ProtocolFailure(tooLong, name + " 최대 " + maxLength + "자");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new ProtocolFailure(invalid, name + "에 제어 문자가 있습니다");
        }
        // An unpaired UTF-16 surrogate (a JSON escape of half a character) is no character: echoed back, strict
        // decoders reject the answer.
        if (value.codePoints().anyMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE)) {
            throw new ProtocolFailure(invalid, name + "에 문자가 아닌 값(짝이 없는 서로게이트)이 있습니다");
        }
        return value;
    }

    /** A value that must match a pattern once present. */
    public String matching(String value, String name, String regex, String expected) {
        if (value != null && !value.matches(regex)) {
            throw new ProtocolFailure(invalid, name + ": " + expected);
        }
        return value;
    }

    /** The raw text of a field, for echoing a row that failed; never throws. */
    public String echo(String name) {
        JsonNode node = byName.get(name.toLowerCase(Locale.ROOT));
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = node.asText().strip();
        return value.length() > 50 ? value.substring(0, 50) : value;
    }

    /** An array of objects, at most {@code maxSize} long. */
    public List<JsonNode> list(String name, int maxSize) {
        JsonNode node = byName.get(name.toLowerCase(Locale.ROOT));
        if (node == null || node.isNull()) {
            throw new ProtocolFailure(missing, name);
        }
        if (!node.isArray()) {
            throw new ProtocolFailure(invalid, name + "은(는) 배열이어야 합니다");
        }
        if (node.size() > maxSize) {
            throw new ProtocolFailure(BizCode.BATCH_TOO_LARGE, name + " " + node.size() + "건");
        }
        List<JsonNode> rows = new ArrayList<>(node.size());
        node.forEach(rows::add);
        return rows;
    }
}
