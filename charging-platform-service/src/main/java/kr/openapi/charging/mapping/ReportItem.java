package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of one reported status or record: {@code accepted}, {@code ignored} or {@code rejected} (with why). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportItem(String cellId, String startChargeSeq, String result, String reason) {

    /** The longest id echoed as sent: any valid one is shorter, and a refused megabyte need not come back. */
    static final int ECHOED_ID = 64;

    /** The longest reason: it may quote a value sent (a time), which need not come back whole. */
    static final int REASON_LIMIT = 300;

    /** The ids the report carried, so that the operator can tell which one this is; one too long to be valid is cut. */
    public ReportItem {
        cellId = cut(cellId, ECHOED_ID);
        startChargeSeq = cut(startChargeSeq, ECHOED_ID);
        reason = cut(reason, REASON_LIMIT);
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit) + "…";
    }

    public static final String ACCEPTED = "accepted";
    public static final String IGNORED = "ignored";
    public static final String REJECTED = "rejected";
}
