package kr.openapi.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count across all pages. */
public record Page<T>(List<T> items, long totalCount, PageRequest request) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), totalCount, request);
    }

    public long totalPages() {
        return (totalCount + request.pageSize() - 1) / request.pageSize();
    }
}
