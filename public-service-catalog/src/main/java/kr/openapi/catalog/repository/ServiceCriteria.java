package kr.openapi.catalog.repository;

import java.util.Arrays;

/**
 * Which services a list request asks for. Every field but {@code sort} may be {@code null}, meaning "any".
 *
 * @param query     srhQuery: words that must all appear in the searched texts
 * @param orgCode   jrdsOrgCd: the owning organisation's 7-digit code
 * @param orgName   jrdsOrgNm: part of the owning department's full name
 */
public record ServiceCriteria(String query, ServiceSort sort, String orgCode, String orgName,
                              String largeCategory, String mediumCategory, String smallCategory) {

    public boolean searches() {
        return query != null;
    }

    /** A search for more than one word, which RANK can also match partly. */
    public boolean searchesSeveralWords() {
        return searches() && Arrays.stream(query.split("[^0-9A-Za-z가-힣]+")).filter(word -> !word.isEmpty()).count() > 1;
    }
}
