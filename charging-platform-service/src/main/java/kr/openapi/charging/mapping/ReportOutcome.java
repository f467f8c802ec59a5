package kr.openapi.charging.mapping;

import java.util.List;

/**
 * The answer of every report call: counts and one item per report, in the order sent. Ignored means "already
 * known, or older than what is stored: do not retry"; rejected means the report itself is wrong.
 */
public record ReportOutcome(long accepted, long ignored, long rejected, List<ReportItem> items) {

    public static ReportOutcome of(List<ReportItem> items) {
        return new ReportOutcome(count(items, ReportItem.ACCEPTED), count(items, ReportItem.IGNORED), count(items, ReportItem.REJECTED), items);
    }

    private static long count(List<ReportItem> items, String result) {
        return items.stream().filter(item -> result.equals(item.result())).count();
    }
}
