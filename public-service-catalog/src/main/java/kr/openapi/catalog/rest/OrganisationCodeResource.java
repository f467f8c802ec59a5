package kr.openapi.catalog.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import kr.openapi.catalog.mapping.OrganisationCodesResponse;
import kr.openapi.catalog.service.CodeDirectory;
import kr.openapi.catalog.service.ServiceImporter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * 기관 코드 API: {@code GET /openapi/org/code?orgClsCd=BA0303&upOrgCd=6410000}. Without {@code upOrgCd} it lists
 * the class's top level (the provinces for 시군구), whose codes are the {@code upOrgCd} of their districts.
 */
@RolesAllowed(KeyHolders.CATALOG)
@Path("/openapi/org/code")
public class OrganisationCodeResource {

    /** An organisation class code such as BA0303; the admin API checks the same shape. */
    static final String CLASS_CODE_SHAPE = "[A-Z]{2}[0-9]{4}";
    private static final Pattern CLASS_CODE = Pattern.compile(CLASS_CODE_SHAPE);

    private final CodeDirectory codes;

    public OrganisationCodeResource(CodeDirectory codes) {
        this.codes = codes;
    }

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "기관 코드", description = "Organisations of a class (orgClsCd), under a parent (upOrgCd) when given")
    public Uni<OrganisationCodesResponse> list(@RestQuery String orgClsCd, @RestQuery String upOrgCd) {
        String classCode = QueryParameters.requiredCode("orgClsCd", orgClsCd, CLASS_CODE, "영문 대문자 2자와 숫자 4자");
        String parentCode = QueryParameters.code("upOrgCd", upOrgCd, ServiceImporter.ORGANISATION_CODE, "숫자 7자리");
        return codes.organisations(classCode, parentCode)
                .map(organisations -> new OrganisationCodesResponse(classCode, parentCode, organisations));
    }
}
