package kr.openapi.catalog.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import kr.openapi.catalog.mapping.ServiceCategoryCodesResponse;
import kr.openapi.catalog.service.CategoryLevel;
import kr.openapi.catalog.service.CodeDirectory;
import kr.openapi.catalog.service.ServiceImporter;
import kr.openapi.common.result.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** 공공서비스 분류 API: {@code GET /openapi/svcAst/code?level=large|medium|small&upAstCd=...} (XML, or JSON on request). */
@RolesAllowed(KeyHolders.CATALOG)
@Path("/openapi/svcAst/code")
public class ServiceCategoryCodeResource {

    private static final Pattern CODE = ServiceImporter.CATEGORY_CODE;

    private final CodeDirectory codes;

    public ServiceCategoryCodeResource(CodeDirectory codes) {
        this.codes = codes;
    }

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "공공서비스 분류 코드", description = "level=large|medium|small; upAstCd required for medium and small")
    public Uni<ServiceCategoryCodesResponse> list(@RestQuery String level, @RestQuery String upAstCd) {
        String named = QueryParameters.optional(level);
        if (named == null) {
            throw ApiException.missingParameter("level (large, medium, small)");
        }
        CategoryLevel asked = CategoryLevel.fromParameter(named).orElseThrow(
                () -> ApiException.invalidParameter("level은 large, medium, small 중 하나입니다: " + named));
        String parent = asked == CategoryLevel.LARGE ? null : QueryParameters.code("upAstCd", upAstCd, CODE, "숫자 6자리");
        return codes.categories(asked, parent)
                .map(categories -> new ServiceCategoryCodesResponse(asked.number(), parent, categories));
    }
}
