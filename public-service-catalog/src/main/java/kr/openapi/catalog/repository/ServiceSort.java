package kr.openapi.catalog.repository;

/**
 * The list API's {@code sort} values. The guide: descending by default, ascending for name order; RANK is the
 * default.
 */
public enum ServiceSort {
    /** Relevance: services whose name contains the query first, then whose keywords do, then the rest; newest first within each. */
    RANK,
    /** Newest change first. */
    DATE,
    /** Service name in Korean (가나다) order. */
    SORT_TTL,
    /** Most viewed first. */
    VW_CNT
}
