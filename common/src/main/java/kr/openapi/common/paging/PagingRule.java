package kr.openapi.common.paging;

/**
 * How one protocol names and bounds its paging parameters: Gov24 uses {@code pageIndex}/{@code pageSize} (default
 * 10, at most 100), the EV charger API {@code pageNo}/{@code numOfRows}, driver insurance {@code reqPage}/{@code reqCount}.
 *
 * @param indexName   name of the 1-based page number parameter, for error messages
 * @param sizeName    name of the page size parameter, for error messages
 * @param defaultSize size used when the parameter is absent or blank
 * @param minSize     smallest size accepted
 * @param maxSize     largest size accepted
 */
public record PagingRule(String indexName, String sizeName, int defaultSize, int minSize, int maxSize) {

    public PagingRule {
        if (minSize < 1 || defaultSize < minSize || defaultSize > maxSize) {
            throw new IllegalArgumentException("inconsistent paging rule " + indexName + "/" + sizeName);
        }
    }
}
