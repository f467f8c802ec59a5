package kr.openapi.catalog.repository;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a list request over {@code service_search}: which services ({@link #selection()}, FROM and WHERE with
 * positional arguments) and in what order ({@link #ordered()}, which joins the view counts when it sorts by them).
 */
record ServiceQuery(String selection, String ordered, List<Object> arguments) {

    static ServiceQuery of(ServiceCriteria criteria) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder from = new StringBuilder("FROM service_search s");
        StringBuilder where = new StringBuilder(" WHERE true");
        if (criteria.searches()) {
            arguments.add(criteria.query());
            from.append(", korean_query($").append(arguments.size()).append(") AS q");
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
        String selection = from.toString() + where;
        String ordered = criteria.sort() == ServiceSort.VW_CNT
                ? from + " JOIN service_view_count v ON v.svc_id = s.svc_id" + where + " ORDER BY " + orderBy(criteria)
                : selection + " ORDER BY " + orderBy(criteria);
        return new ServiceQuery(selection, ordered, arguments);
    }

    private static String orderBy(ServiceCriteria criteria) {
        return switch (criteria.sort()) {
            case RANK -> criteria.searches()
                    ? "(s.name_terms @@ q) DESC, (s.keyword_terms @@ q) DESC, s.svc_edit_dt DESC, s.svc_id"
                    : "s.svc_edit_dt DESC, s.svc_id";
            case DATE -> "s.svc_edit_dt DESC, s.svc_id";
            case SORT_TTL -> "s.svc_nm COLLATE korean, s.svc_id";
            case VW_CNT -> "v.vw_cnt DESC, v.svc_id";
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
