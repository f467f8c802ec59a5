package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of one reported status or record: {@code accepted}, {@code ignored} or {@code rejected} (with why). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportItem(String cellId, String startChargeSeq, String result, String reason) {

    /** The longest id echoed as sent: any valid one is shorter, and a refused megabyte need not come back. */
    static final int ECHOED_ID = 64;

    /** The ids the report carried, so that the operator can tell which one this is; one too long to be valid is cut. */
    public ReportItem {
        cellId = echoed(cellId);
        startChargeSeq = echoed(startChargeSeq);
    }

    private static String echoed(String id) {
        return id == null || id.length() <= ECHOED_ID ? id : id.substring(0, ECHOED_ID) + "…";
    }

    public static final String ACCEPTED = "accepted";
    public static final String IGNORED = "ignored";
    public static final String REJECTED = "rejected";
}
