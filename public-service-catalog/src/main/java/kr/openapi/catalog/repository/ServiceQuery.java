package kr.openapi.catalog.repository;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a list request over {@code service_search}, with its positional arguments.
 *
 * <p>Without a search, {@link #count()} and {@link #page()} are two statements: the count can use an index-only
 * scan and the page an index in the sort order that stops after the page. With a search, the matches come from the
 * GIN index in no useful order, so {@link #page()} reads them once into a small working set (id and sort keys) and
 * takes both the count and the page from it ({@link #pageCarriesTotal()}), instead of reading the matches twice.
 */
record ServiceQuery(String count, String page, boolean pageCarriesTotal, List<Object> arguments) {

    static ServiceQuery of(ServiceCriteria criteria) {
        List<Object> arguments = new ArrayList<>();
        String search = "";
        StringBuilder where = new StringBuilder(" WHERE true");
        if (criteria.searches()) {
            arguments.add(criteria.query());
            search = " CROSS JOIN korean_query($" + arguments.size() + ") AS q";
            if (criteria.searchesSeveralWords() && criteria.sort() == ServiceSort.RANK) {
                search += " CROSS JOIN korean_query_any_word($" + arguments.size() + ") AS qa";
            }
            where.append(" AND s.terms @@ q");
        }
        condition(where, arguments, "s.jrsd_org_code = ", criteria.orgCode());
        if (criteria.orgName() != null) {
            arguments.add("%" + escapeLike(criteria.orgName()) + "%");
            where.append(" AND s.jrsd_dpt_all_nm LIKE $").append(arguments.size());
        }
        condition(where, arguments, "s.lrg_ast_cd = ", criteria.largeCategory());
        condition(where, arguments, "s.mdm_ast_cd = ", criteria.mediumCategory());
        condition(where, arguments, "s.small_ast_cd = ", criteria.smallCategory());

        String views = criteria.sort() == ServiceSort.VW_CNT ? " JOIN service_view_count v ON v.svc_id = s.svc_id" : "";
        String from = "FROM service_search s" + search;
        String fromWithViews = "FROM service_search s" + views + search;
        int limit = arguments.size() + 1;
        String paging = " LIMIT $" + limit + " OFFSET $" + (limit + 1);
        String count = "SELECT count(*) " + from + where;
        if (!criteria.searches()) {
            String page = "SELECT s.svc_id " + fromWithViews + where + " ORDER BY " + orderBy(criteria, "s", "v") + paging;
            return new ServiceQuery(count, page, false, arguments);
        }
        String page = "WITH matches AS MATERIALIZED (SELECT s.svc_id, " + sortKeys(criteria) + " " + fromWithViews + where
                + ") SELECT m.svc_id, (SELECT count(*) FROM matches) FROM matches m ORDER BY " + orderBy(criteria, "m", "m")
                + paging;
        return new ServiceQuery(count, page, true, arguments);
    }

    private static String sortKeys(ServiceCriteria criteria) {
        return switch (criteria.sort()) {
            case RANK -> "(s.name_terms @@ q) AS in_name, (s.keyword_terms @@ q) AS in_keywords, "
                    + (criteria.searchesSeveralWords() ? "(s.name_terms @@ qa)" : "false") + " AS in_name_partly, s.svc_edit_dt";
            case DATE -> "s.svc_edit_dt";
            case SORT_TTL -> "s.svc_nm";
            case VW_CNT -> "v.vw_cnt";
        };
    }

    /**
     * RANK: services whose name has every word of the query first, then those whose keywords have them all, then
     * (for several words) those whose name has some of them, newest first within each.
     */
    private static String orderBy(ServiceCriteria criteria, String row, String views) {
        return switch (criteria.sort()) {
            case RANK -> criteria.searches()
                    ? row + ".in_name DESC, " + row + ".in_keywords DESC, " + row + ".in_name_partly DESC, "
                            + row + ".svc_edit_dt DESC, " + row + ".svc_id"
                    : row + ".svc_edit_dt DESC, " + row + ".svc_id";
            case DATE -> row + ".svc_edit_dt DESC, " + row + ".svc_id";
            case SORT_TTL -> row + ".svc_nm COLLATE korean, " + row + ".svc_id";
            case VW_CNT -> views + ".vw_cnt DESC, " + views + ".svc_id";
        };
    }

    private static void condition(StringBuilder where, List<Object> arguments, String test, String value) {
        if (value != null) {
            arguments.add(value);
            where.append(" AND ").append(test).append('$').append(arguments.size());
        }
    }

    /** LIKE treats % and _ as wildcards and \ as the escape: a name is matched as typed. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
