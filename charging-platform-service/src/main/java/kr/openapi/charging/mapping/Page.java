package kr.openapi.charging.mapping;

import io.smallrye.mutiny.Uni;
import java.util.List;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.common.paging.PagingRule;

/** A page of a list: {@code {"records": [..], "total": n, "pageNum": 1, "pageSize": 10}}. */
public record Page<T>(List<T> records, long total, int pageNum, int pageSize) {

    /** The operator API's paging: {@code pageNum} from 1, {@code pageSize} 1 to 1,000, 10 by default. */
    public static final PagingRule OPERATOR_PAGING = new PagingRule("pageNum", "pageSize", 10, 1, 1000);

    /** The count, then the page's rows (both lazy: the rows are read once the count is known). */
    public static <T> Uni<Page<T>> of(PageRequest page, Uni<Long> total, Uni<List<T>> rows) {
        return total.flatMap(count -> rows.map(list -> new Page<>(list, count, page.pageIndex(), page.pageSize())));
    }
}
