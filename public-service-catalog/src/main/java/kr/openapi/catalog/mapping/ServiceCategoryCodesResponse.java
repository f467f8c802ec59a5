package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kr.openapi.catalog.repository.ServiceCategory;
import kr.openapi.common.result.ResultEnvelope;

/**
 * Answer of {@code GET /openapi/svcAst/code}: {@code result > svcAsts > svcAstLevel, upSvcAstCode?, svcAst* >
 * svcAstCode, svcAstName}.
 */
@JsonPropertyOrder({"resultCode", "resultMessage", "svcAsts"})
public class ServiceCategoryCodesResponse extends ResultEnvelope {

    public final SvcAsts svcAsts;

    public ServiceCategoryCodesResponse(int level, String parentCode, List<ServiceCategory> categories) {
        this.svcAsts = new SvcAsts(level, parentCode,
                categories.stream().map(c -> new SvcAst(c.code(), c.name())).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"svcAstLevel", "upSvcAstCode", "svcAst"})
    public record SvcAsts(int svcAstLevel, String upSvcAstCode,
                          @JacksonXmlElementWrapper(useWrapping = false) List<SvcAst> svcAst) {
    }

    public record SvcAst(String svcAstCode, String svcAstName) {
    }
}
