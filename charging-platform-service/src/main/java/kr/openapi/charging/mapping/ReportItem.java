package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of one reported status or record: {@code accepted}, {@code ignored} or {@code rejected} (with why). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportItem(String cellId, String startChargeSeq, String result, String reason) {

    public static final String ACCEPTED = "accepted";
    public static final String IGNORED = "ignored";
    public static final String REJECTED = "rejected";
}
