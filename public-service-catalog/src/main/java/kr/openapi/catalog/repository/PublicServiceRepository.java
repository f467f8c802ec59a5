package kr.openapi.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.openapi.catalog.repository.PublicService.Law;
import kr.openapi.catalog.repository.PublicService.RequestPaper;
import kr.openapi.common.paging.Page;
import kr.openapi.common.paging.PageRequest;

/**
 * Public services in PostgreSQL, through the reactive SQL client: the list query is built from the criteria and
 * runs on the narrow {@code service_search} table (see V2 migration), then reads the display columns of just the
 * page's services.
 */
@ApplicationScoped
public class PublicServiceRepository {

    /** Columns of public_service in the order of {@link PublicService}'s components, which {@link #toTuple} follows. */
    private static final List<String> COLUMNS = List.of(
            "svc_id", "svc_nm", "jrsd_org_code", "jrsd_dpt_all_nm", "svc_edit_dt", "svc_ppo", "sport_fr", "svc_cts",
            "slctn_stdr", "dup_imprty_svc", "sport_tg", "reqst_process_pd", "reqst_procss", "poses_papers",
            "onln_reqst_site_url", "rcv_org_nm", "rcv_org_tel_no", "refrnc_nm", "refrnc_tel_no", "refrnc_site_url",
            "svc_info_url", "svc_info_kr_url", "keywords", "lrg_ast_cd", "mdm_ast_cd", "small_ast_cd",
            "reqst_papers", "laws");

    /**
     * Inserts new services and rewrites changed ones; an identical row is left alone (no write, no re-indexing),
     * so importing the same file twice changes nothing. View counts are kept.
     */
    private static final String UPSERT = "INSERT INTO public_service (" + String.join(", ", COLUMNS) + ") VALUES ("
            + placeholders(COLUMNS.size()) + ") ON CONFLICT (svc_id) DO UPDATE SET "
            + COLUMNS.stream().skip(1).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
            + ", updated_at = now() WHERE (" + columnsOf("public_service") + ") IS DISTINCT FROM ("
            + columnsOf("EXCLUDED") + ") RETURNING (xmax = 0) AS inserted";

    private static final String SUMMARY_COLUMNS = "p.svc_id, p.svc_nm, p.jrsd_dpt_all_nm, p.svc_edit_dt, p.svc_ppo, "
            + "p.sport_fr, v.vw_cnt, p.svc_info_url, p.svc_info_kr_url";

    private final Pool pool;

    public PublicServiceRepository(Pool pool) {
        this.pool = pool;
    }

    /** One page of the services the criteria select, in the criteria's order, with the total count. */
    public Uni<Page<ServiceSummary>> page(ServiceCriteria criteria, PageRequest page) {
        ServiceQuery query = ServiceQuery.of(criteria);
        Uni<PageIds> found = query.pageCarriesTotal()
                ? searchPage(query, page)
                // Two statements at once on two connections: together they take about as long as the slower.
                : Uni.combine().all().unis(count(query), pageIds(query, page)).asTuple()
                        .map(both -> new PageIds(both.getItem2(), both.getItem1()));
        return found.flatMap(ids -> ids.ids().isEmpty()
                ? Uni.createFrom().item(new Page<>(List.<ServiceSummary>of(), ids.total(), page))
                : summaries(ids.ids()).map(items -> new Page<>(items, ids.total(), page)));
    }

    /** The first {@code limit} services the criteria select, in the criteria's order, without counting them all. */
    public Uni<List<ServiceSummary>> first(ServiceCriteria criteria, int limit) {
        return pageIds(ServiceQuery.of(criteria), new PageRequest(1, limit))
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<ServiceSummary>of()) : summaries(ids));
    }

    private record PageIds(List<String> ids, long total) {
    }

    private Uni<PageIds> searchPage(ServiceQuery query, PageRequest page) {
        return pool.preparedQuery(query.page()).execute(pagingArguments(query, page)).flatMap(rows -> {
            List<String> ids = new ArrayList<>(rows.size());
            long total = 0;
            for (Row row : rows) {
                ids.add(row.getString(0));
                total = row.getLong(1);
            }
            // A page past the end has no row to carry the total.
            return ids.isEmpty() && page.offset() > 0
                    ? count(query).map(count -> new PageIds(ids, count))
                    : Uni.createFrom().item(new PageIds(ids, total));
        });
    }

    private Uni<List<String>> pageIds(ServiceQuery query, PageRequest page) {
        return pool.preparedQuery(query.page()).execute(pagingArguments(query, page)).map(rows -> {
            List<String> ids = new ArrayList<>(rows.size());
            rows.forEach(row -> ids.add(row.getString(0)));
            return ids;
        });
    }

    private static Tuple pagingArguments(ServiceQuery query, PageRequest page) {
        List<Object> arguments = new ArrayList<>(query.arguments());
        arguments.add(page.pageSize());
        arguments.add(page.offset());
        return Tuple.from(arguments);
    }

    private Uni<Long> count(ServiceQuery query) {
        return pool.preparedQuery(query.count())
                .execute(Tuple.from(query.arguments()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The list rows of these services, in the order of the ids (a service deleted meanwhile is left out). */
    public Uni<List<ServiceSummary>> summaries(List<String> ids) {
        return pool.preparedQuery("SELECT " + SUMMARY_COLUMNS + " FROM public_service p "
                        + "JOIN service_view_count v ON v.svc_id = p.svc_id WHERE p.svc_id = ANY($1)")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, ServiceSummary> byId = new HashMap<>();
                    for (Row row : rows) {
                        ServiceSummary summary = toSummary(row);
                        byId.put(summary.svcId(), summary);
                    }
                    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
                });
    }

    /** Every service id in id order: the full-list file numbers its rows from this one reading of the catalogue. */
    public Uni<List<String>> allIds() {
        return pool.query("SELECT svc_id FROM public_service ORDER BY svc_id").execute().map(rows -> {
            List<String> ids = new ArrayList<>(rows.size());
            rows.forEach(row -> ids.add(row.getString(0)));
            return ids;
        });
    }

    public Uni<Long> countWithIdPrefix(String prefix) {
        return pool.preparedQuery("SELECT count(*) FROM public_service WHERE svc_id LIKE $1 || '%'")
                .execute(Tuple.of(prefix)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** The service, counting one view of it; empty when there is no such service. */
    public Uni<Optional<PublicService>> viewById(String svcId) {
        return pool.preparedQuery("WITH viewed AS (UPDATE service_view_count SET vw_cnt = vw_cnt + 1 WHERE svc_id = $1) "
                        + "SELECT " + String.join(", ", COLUMNS) + " FROM public_service WHERE svc_id = $1")
                .execute(Tuple.of(svcId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toService(rows.iterator().next())));
    }

    /**
     * Brings the planner's statistics up to date after a bulk load, and with {@code vacuum} also the visibility
     * map, without which counting every service reads the whole table instead of an index. Right after a large
     * load the first pass cannot mark the pages still being written out as all-visible (it cannot set their
     * tuples' hint bits yet); a second pass, which finds everything else done, can.
     */
    public Uni<Void> refreshStatistics(boolean vacuum) {
        String tables = "public_service, service_search, service_view_count";
        if (!vacuum) {
            return pool.query("ANALYZE " + tables).execute().replaceWithVoid();
        }
        return pool.query("VACUUM (ANALYZE) " + tables).execute()
                .chain(() -> pool.query("VACUUM " + tables).execute())
                .replaceWithVoid();
    }

    /**
     * Opens a transaction that stores services batch by batch (see {@link ServiceBatchWriter}): a file of any size
     * is stored all or nothing without being held in memory. Blocking: call it on a worker thread.
     */
    public ServiceBatchWriter openBatchWriter() {
        return ServiceBatchWriter.open(pool);
    }

    /** How many of the services were new and how many changed; the rest were already stored as they are. */
    record UpsertCounts(int inserted, int updated) {
    }

    /** Inserts or rewrites the services on the connection; counts how many were new and how many changed. */
    static Uni<UpsertCounts> upsert(SqlConnection connection, List<PublicService> services) {
        List<Tuple> tuples = services.stream().map(PublicServiceRepository::toTuple).toList();
        return connection.preparedQuery(UPSERT).executeBatch(tuples).map(PublicServiceRepository::countUpserts);
    }

    /** The statement returns one row per service it wrote (inserted or not), none for an identical one. */
    private static UpsertCounts countUpserts(RowSet<Row> first) {
        int inserted = 0;
        int updated = 0;
        for (RowSet<Row> rows = first; rows != null; rows = rows.next()) {
            for (Row row : rows) {
                if (row.getBoolean(0)) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        return new UpsertCounts(inserted, updated);
    }

    private static Tuple toTuple(PublicService s) {
        JsonArray papers = new JsonArray();
        s.reqstPapers().forEach(p -> papers.add(new JsonObject()
                .put("reqstPaperFilename", p.reqstPaperFilename()).put("reqstPaperFileUrl", p.reqstPaperFileUrl())));
        JsonArray laws = new JsonArray();
        s.laws().forEach(l -> laws.add(new JsonObject().put("lawNm", l.lawNm()).put("lawUrl", l.lawUrl())));
        return Tuple.tuple()
                .addString(s.svcId()).addString(s.svcNm()).addString(s.jrsdOrgCd()).addString(text(s.jrsdDptAllNm()))
                .addLocalDate(s.svcEditDt()).addString(text(s.svcPpo())).addString(text(s.sportFr()))
                .addString(text(s.svcCts())).addString(text(s.slctnStdr())).addString(text(s.dupImprtySvc()))
                .addString(text(s.sportTg())).addString(text(s.reqstProcessPd())).addString(text(s.reqstProcss()))
                .addString(text(s.posesPapers())).addString(text(s.onlnReqstSiteUrl())).addString(text(s.rcvOrgNm()))
                .addString(text(s.rcvOrgTelNo())).addString(text(s.refrncNm())).addString(text(s.refrncTelNo()))
                .addString(text(s.refrncSiteUrl())).addString(text(s.svcInfoUrl())).addString(text(s.svcInfoKrUrl()))
                .addString(text(s.keywords())).addString(s.lrgAstCd()).addString(s.mdmAstCd()).addString(s.smallAstCd())
                .addValue(papers).addValue(laws);
    }

    private static PublicService toService(Row r) {
        List<RequestPaper> papers = new ArrayList<>();
        jsonArray(r, "reqst_papers").forEach(o -> papers.add(new RequestPaper(
                ((JsonObject) o).getString("reqstPaperFilename"), ((JsonObject) o).getString("reqstPaperFileUrl"))));
        List<Law> laws = new ArrayList<>();
        jsonArray(r, "laws").forEach(o -> laws.add(new Law(((JsonObject) o).getString("lawNm"), ((JsonObject) o).getString("lawUrl"))));
        return new PublicService(r.getString("svc_id"), r.getString("svc_nm"), r.getString("jrsd_org_code"),
                r.getString("jrsd_dpt_all_nm"), r.getLocalDate("svc_edit_dt"), r.getString("svc_ppo"),
                r.getString("sport_fr"), r.getString("svc_cts"), r.getString("slctn_stdr"), r.getString("dup_imprty_svc"),
                r.getString("sport_tg"), r.getString("reqst_process_pd"), r.getString("reqst_procss"),
                r.getString("poses_papers"), r.getString("onln_reqst_site_url"), r.getString("rcv_org_nm"),
                r.getString("rcv_org_tel_no"), r.getString("refrnc_nm"), r.getString("refrnc_tel_no"),
                r.getString("refrnc_site_url"), r.getString("svc_info_url"), r.getString("svc_info_kr_url"),
                r.getString("keywords"), r.getString("lrg_ast_cd"), r.getString("mdm_ast_cd"), r.getString("small_ast_cd"),
                papers, laws);
    }

    private static JsonArray jsonArray(Row row, String column) {
        Object value = row.getValue(column);
        return value instanceof JsonArray array ? array : new JsonArray();
    }

    private static ServiceSummary toSummary(Row r) {
        return new ServiceSummary(r.getString(0), r.getString(1), r.getString(2), r.getLocalDate(3), r.getString(4),
                r.getString(5), r.getLong(6), r.getString(7), r.getString(8));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String placeholders(int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            sql.append(i == 1 ? "" : ", ").append('$').append(i);
        }
        return sql.toString();
    }

    private static String columnsOf(String table) {
        return COLUMNS.stream().skip(1).map(c -> table + "." + c).collect(Collectors.joining(", "));
    }
}
