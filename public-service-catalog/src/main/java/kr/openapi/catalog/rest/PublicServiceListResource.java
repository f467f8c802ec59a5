package kr.openapi.catalog.rest;

import static kr.openapi.catalog.rest.QueryParameters.code;
import static kr.openapi.catalog.rest.QueryParameters.text;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.openapi.catalog.mapping.ServiceListResponse;
import kr.openapi.catalog.mapping.ServicePages;
import kr.openapi.catalog.mapping.ServiceSheet;
import kr.openapi.catalog.repository.ServiceCriteria;
import kr.openapi.catalog.repository.ServiceSort;
import kr.openapi.catalog.repository.ServiceSummary;
import kr.openapi.catalog.service.PublicServiceCatalog;
import kr.openapi.catalog.service.ServiceImporter;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.common.paging.PagingRule;
import kr.openapi.common.result.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

/** 공공서비스 목록 API of the Gov24 guide: {@code GET /openapi/svc/list} as XML, HTML, Excel or JSON. */
@RolesAllowed(KeyHolders.CATALOG)
@Path("/openapi/svc/list")
public class PublicServiceListResource {

    static final PagingRule PAGING = new PagingRule("pageIndex", "pageSize", 10, 1, 100);
    private static final Set<CatalogFormat> FORMATS = EnumSet.allOf(CatalogFormat.class);

    private final PublicServiceCatalog catalog;

    public PublicServiceListResource(PublicServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, ServiceSheet.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "format=xml·json의 응답 (html은 같은 내용의 화면, excel은 같은 항목의 시트)",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(implementation = ServiceListResponse.class)))
    @Operation(summary = "공공서비스 목록", description = "Search and list public services; format=xml|html|excel|json")
    public Uni<Response> list(@Context UriInfo uri, @Context HttpHeaders headers, @RestQuery String srhQuery, @RestQuery String sort,
                              @RestQuery String jrdsOrgCd, @RestQuery String jrdsOrgNm,
                              @RestQuery String jrsdOrgCd, @RestQuery String jrsdOrgNm, @RestQuery String lrgAstCd,
                              @RestQuery String mdmAstCd, @RestQuery String smallAstCd, @RestQuery String pageIndex,
                              @RestQuery String pageSize) {
        CatalogFormat format = CatalogFormat.of(uri.getQueryParameters(), headers, FORMATS);
        ServiceCriteria criteria = new ServiceCriteria(QueryParameters.searchQuery(srhQuery), sortOf(sort),
                code(jrdsOrgCd != null ? "jrdsOrgCd" : "jrsdOrgCd", firstGiven(jrdsOrgCd, jrsdOrgCd),
                        ServiceImporter.ORGANISATION_CODE, "숫자 7자리"),
                text(jrdsOrgNm != null ? "jrdsOrgNm" : "jrsdOrgNm", firstGiven(jrdsOrgNm, jrsdOrgNm)),
                code("lrgAstCd", lrgAstCd, ServiceImporter.CATEGORY_CODE, "숫자 6자리"),
                code("mdmAstCd", mdmAstCd, ServiceImporter.CATEGORY_CODE, "숫자 6자리"),
                code("smallAstCd", smallAstCd, ServiceImporter.CATEGORY_CODE, "숫자 6자리"));
        if (format == CatalogFormat.EXCEL) {
            return spreadsheet(criteria);
        }
        PageRequest page = PageRequest.parse(pageIndex, pageSize, PAGING);
        return catalog.list(criteria, page).flatMap(found -> {
            ServiceListResponse response = new ServiceListResponse(found);
            if (format == CatalogFormat.HTML) {
                return ServicePages.list(response, criteria.query())
                        .map(html -> Response.ok(html, format.mediaType()).build());
            }
            return Uni.createFrom().item(Response.ok(response, format.mediaType()).build());
        });
    }

    /**
     * The guide: for excel the large and medium categories are required; the sheet holds all their services, so
     * paging parameters do not apply.
     */
    private Uni<Response> spreadsheet(ServiceCriteria criteria) {
        List<String> missing = new ArrayList<>();
        if (criteria.largeCategory() == null) {
            missing.add("lrgAstCd");
        }
        if (criteria.mediumCategory() == null) {
            missing.add("mdmAstCd");
        }
        if (!missing.isEmpty()) {
            throw ApiException.missingParameter(String.join(", ", missing) + " (format=excel일 때 필수)");
        }
        return catalog.listForSpreadsheet(criteria)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(PublicServiceListResource::workbook)
                .map(bytes -> Response.ok(bytes, CatalogFormat.EXCEL.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
                                "public-services-" + criteria.largeCategory() + "-" + criteria.mediumCategory() + ".xlsx"))
                        .build());
    }

    private static byte[] workbook(List<ServiceSummary> services) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ServiceSheet sheet = new ServiceSheet(out)) {
            sheet.addCountingDown(services.size(), services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The guide's table spells the organisation filters {@code jrdsOrgCd}/{@code jrdsOrgNm}; its response element and
     * the clients in use spell them {@code jrsd...}. Both are read, the table's first.
     */
    private static String firstGiven(String tableSpelling, String elementSpelling) {
        return tableSpelling != null ? tableSpelling : elementSpelling;
    }

    private static ServiceSort sortOf(String value) {
        String sort = QueryParameters.optional(value);
        if (sort == null) {
            return ServiceSort.RANK;
        }
        try {
            return ServiceSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidParameter("sort는 RANK, DATE, SORT_TTL, VW_CNT 중 하나입니다: " + sort);
        }
    }
}
