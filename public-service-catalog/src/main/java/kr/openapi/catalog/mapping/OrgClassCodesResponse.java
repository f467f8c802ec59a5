package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kr.openapi.catalog.repository.OrgClass;
import kr.openapi.common.result.ResultEnvelope;

/**
 * Answer of {@code GET /openapi/org/cls/code} (Gov24 guide, "기관분류 코드"):
 * {@code result > orgClses > orgCls* > orgClsCode, orgClsName}.
 */
@JsonPropertyOrder({"resultCode", "resultMessage", "orgClses"})
public class OrgClassCodesResponse extends ResultEnvelope {

    @JsonProperty("orgClses")
    public final OrgClasses orgClses;

    public OrgClassCodesResponse(List<OrgClass> classes) {
        this.orgClses = new OrgClasses(classes.stream().map(c -> new OrgCls(c.code, c.name)).toList());
    }

    public record OrgClasses(
            @JsonProperty("orgCls") @JacksonXmlElementWrapper(useWrapping = false) List<OrgCls> orgCls) {
    }

    public record OrgCls(@JsonProperty("orgClsCode") String orgClsCode, @JsonProperty("orgClsName") String orgClsName) {
    }
}
