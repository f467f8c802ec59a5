package kr.openapi.common.paging;

import kr.openapi.common.result.ApiException;

/**
 * A validated page request: 1-based page index and page size, parsed from the raw query strings so that a
 * non-numeric, negative or oversized value is answered with code 10 in the protocol's envelope rather than a
 * framework error.
 */
public record PageRequest(int pageIndex, int pageSize) {

    public static PageRequest parse(String pageIndex, String pageSize, PagingRule rule) {
        int index = parseNumber(pageIndex, rule.indexName(), 1);
        int size = parseNumber(pageSize, rule.sizeName(), rule.defaultSize());
        if (index < 1) {
            throw ApiException.invalidParameter(rule.indexName() + "는 1 이상이어야 합니다: " + pageIndex);
        }
        if (size < rule.minSize() || size > rule.maxSize()) {
            throw ApiException.invalidParameter(
                    rule.sizeName() + "는 " + rule.minSize() + "~" + rule.maxSize() + " 사이여야 합니다: " + pageSize);
        }
        return new PageRequest(index, size);
    }

    /** Rows to skip before this page; a long, because index x size can pass {@code Integer.MAX_VALUE}. */
    public long offset() {
        return (long) (pageIndex - 1) * pageSize;
    }

    private static int parseNumber(String raw, String name, int whenAbsent) {
        if (raw == null || raw.isBlank()) {
            return whenAbsent;
        }
        String number = raw.trim();
        try {
            // ASCII digits only: Integer.parseInt would also take other scripts' digits and a leading +.
            if (!number.matches("-?[0-9]{1,10}")) {
                throw new NumberFormatException(number);
            }
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name + "는 숫자여야 합니다");
        }
    }
}
