package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kr.openapi.catalog.repository.ServiceSummary;
import kr.openapi.common.paging.Page;
import kr.openapi.common.result.ResultEnvelope;

/**
 * Answer of {@code GET /openapi/svc/list}: {@code result > totalCount, pageIndex, pageSize, svcList > svc*}. The
 * owning department is {@code jrsdDptAllNm}, as in the guide's detail sample (its list table prints
 * {@code jrdsDptAllNm}); one spelling on both APIs.
 */
@JsonPropertyOrder({"resultCode", "resultMessage", "totalCount", "pageIndex", "pageSize", "svcList"})
public class ServiceListResponse extends ResultEnvelope {

    public final long totalCount;
    public final int pageIndex;
    public final int pageSize;
    public final SvcList svcList;

    public ServiceListResponse(Page<ServiceSummary> page) {
        this.totalCount = page.totalCount();
        this.pageIndex = page.request().pageIndex();
        this.pageSize = page.request().pageSize();
        this.svcList = new SvcList(page.items().stream().map(ListedService::of).toList());
    }

    public record SvcList(@JacksonXmlElementWrapper(useWrapping = false) List<ListedService> svc) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListedService(String svcId, String svcNm, String jrsdDptAllNm, String svcEditDt, String svcPpo,
                                String sportFr, long vwCnt, String svcInfoUrl, String svcInfoKrUrl) {

        static ListedService of(ServiceSummary s) {
            return new ListedService(s.svcId(), s.svcNm(), s.jrsdDptAllNm(), s.svcEditDt().toString(), s.svcPpo(),
                    s.sportFr(), s.vwCnt(), s.svcInfoUrl(), s.svcInfoKrUrl());
        }
    }
}
