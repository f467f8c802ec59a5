package kr.openapi.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final PagingRule GOV24 = new PagingRule("pageIndex", "pageSize", 10, 1, 100);

    @Test
    void defaultsToFirstPageOfTen() {
        assertThat(PageRequest.parse(null, "", GOV24)).isEqualTo(new PageRequest(1, 10));
        assertThat(PageRequest.parse(" 3 ", "100", GOV24).offset()).isEqualTo(200);
    }

    @Test
    void offsetDoesNotOverflowOnHugePageNumbers() {
        assertThat(PageRequest.parse(String.valueOf(Integer.MAX_VALUE), "100", GOV24).offset())
                .isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @Test
    void refusesNonNumericNegativeAndOversizedValuesWithCode10() {
        for (List<String> bad : List.of(List.of("abc", "10"), List.of("1", "1e3"), List.of("-1", "10"), List.of("0", "10"),
                List.of("1", "0"), List.of("1", "101"), List.of("99999999999", "10"))) {
            assertThatThrownBy(() -> PageRequest.parse(bad.get(0), bad.get(1), GOV24))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.resultCode()).isEqualTo(ResultCode.INVALID_REQUEST_PARAMETER_ERROR);
                        assertThat(e.detail()).containsAnyOf("pageIndex", "pageSize");
                    });
        }
    }

    @Test
    void pageKnowsItsPageCountAndMapsItems() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 21, new PageRequest(1, 10));
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.map(i -> "#" + i).items()).containsExactly("#1", "#2", "#3");
    }
}
