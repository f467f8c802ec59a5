package kr.openapi.catalog.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
import kr.openapi.catalog.mapping.ServiceDetailResponse;
import kr.openapi.catalog.mapping.ServicePages;
import kr.openapi.catalog.service.PublicServiceCatalog;
import kr.openapi.catalog.service.ServiceImporter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * 공공서비스 상세 API: {@code GET /openapi/svc?svcId=...}. The guide's sample URL says {@code svcId}, its table
 * {@code svclId}; both are accepted. Each successful call counts one view.
 */
@RolesAllowed(KeyHolders.CATALOG)
@Path("/openapi/svc")
public class PublicServiceDetailResource {

    private static final Set<CatalogFormat> FORMATS = EnumSet.of(CatalogFormat.XML, CatalogFormat.HTML, CatalogFormat.JSON);

    private final PublicServiceCatalog catalog;

    public PublicServiceDetailResource(PublicServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @APIResponse(responseCode = "200", description = "format=xml·json의 응답 (html은 같은 내용의 화면, excel은 같은 항목의 시트)",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(implementation = ServiceDetailResponse.class)))
    @Operation(summary = "공공서비스 상세", description = "One public service; format=xml|html|json")
    public Uni<Response> detail(@Context UriInfo uri, @Context HttpHeaders headers, @RestQuery String svcId, @RestQuery String svclId) {
        CatalogFormat format = CatalogFormat.of(uri.getQueryParameters(), headers, FORMATS);
        String id = QueryParameters.requiredCode("svcId", svcId != null && !svcId.isBlank() ? svcId : svclId,
                ServiceImporter.SERVICE_ID, "영문과 숫자 12자");
        return catalog.view(id).flatMap(service -> {
            ServiceDetailResponse response = new ServiceDetailResponse(service);
            if (format == CatalogFormat.HTML) {
                return ServicePages.detail(response.svc).map(html -> Response.ok(html, format.mediaType()).build());
            }
            return Uni.createFrom().item(Response.ok(response, format.mediaType()).build());
        });
    }
}
