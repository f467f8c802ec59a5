package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * The envelopes of Korea's public EV charger API, as the real API sends them and its clients parse them: XML with
 * the paging in {@code response/header} and the rows in {@code response/body/items/item}; JSON flat.
 */
public final class EvResponse {

    public static final String OK_CODE = "00";
    public static final String OK_MESSAGE = "NORMAL SERVICE.";

    private EvResponse() {
    }

    @JacksonXmlRootElement(localName = "response")
    public record Xml(Header header, Body body) {
    }

    @JsonPropertyOrder({"resultCode", "resultMsg", "totalCount", "pageNo", "numOfRows"})
    public record Header(String resultCode, String resultMsg, long totalCount, int pageNo, int numOfRows) {
    }

    public record Body(Items items) {
    }

    /** {@code items.item}: a list in JSON, repeated elements in XML. */
    public record Items(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "item") List<?> item) {
    }

    @JsonPropertyOrder({"resultMsg", "totalCount", "items", "pageNo", "resultCode", "numOfRows"})
    public record Json(String resultMsg, long totalCount, Items items, int pageNo, String resultCode, int numOfRows) {
    }

    /** A failure: the same header, with the result code and what went wrong, and no rows. */
    @JacksonXmlRootElement(localName = "response")
    public record FailureXml(FailureHeader header) {
    }

    @JsonPropertyOrder({"resultCode", "resultMsg"})
    public record FailureHeader(String resultCode, String resultMsg) {
    }

    @JsonPropertyOrder({"resultMsg", "resultCode"})
    public record FailureJson(String resultMsg, String resultCode) {
    }

    /** {@code resultMsg}: the code's name, as data.go.kr's services write it, then what exactly was wrong. */
    public static Object failure(boolean json, String code, String name, String detail) {
        String message = detail == null ? name : name + ": " + detail;
        return json ? new FailureJson(message, code) : new FailureXml(new FailureHeader(code, message));
    }

    public static Object of(boolean json, List<?> rows, long total, int pageNo, int numOfRows) {
        Items items = new Items(rows);
        return json ? new Json(OK_MESSAGE, total, items, pageNo, OK_CODE, numOfRows)
                : new Xml(new Header(OK_CODE, OK_MESSAGE, total, pageNo, numOfRows), new Body(items));
    }
}
