package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kr.openapi.catalog.repository.Organisation;
import kr.openapi.common.result.ResultEnvelope;

/** Answer of {@code GET /openapi/org/code}: {@code result > orgs > orgClsCode, upOrgCode?, org* > orgCode, orgName}. */
@JsonPropertyOrder({"resultCode", "resultMessage", "orgs"})
public class OrganisationCodesResponse extends ResultEnvelope {

    public final Orgs orgs;

    public OrganisationCodesResponse(String classCode, String parentCode, List<Organisation> organisations) {
        this.orgs = new Orgs(classCode, parentCode,
                organisations.stream().map(o -> new Org(o.code(), o.name())).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"orgClsCode", "upOrgCode", "org"})
    public record Orgs(String orgClsCode, String upOrgCode, @JacksonXmlElementWrapper(useWrapping = false) List<Org> org) {
    }

    public record Org(String orgCode, String orgName) {
    }
}
