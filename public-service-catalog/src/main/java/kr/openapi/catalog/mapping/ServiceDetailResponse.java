package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.catalog.repository.PublicService.Law;
import kr.openapi.catalog.repository.PublicService.RequestPaper;
import kr.openapi.common.result.ResultEnvelope;

/**
 * Answer of {@code GET /openapi/svc}: {@code result > svc} with the elements of the guide's detail table in its
 * order, then {@code reqstPapers > reqstPaper*} and {@code laws > law*}. Empty texts are written as empty elements,
 * as the sample writes {@code <dupImprtySvc></dupImprtySvc>}.
 */
@JsonPropertyOrder({"resultCode", "resultMessage", "svc"})
public class ServiceDetailResponse extends ResultEnvelope {

    public final Svc svc;

    public ServiceDetailResponse(PublicService service) {
        this.svc = Svc.of(service);
    }

    public record Svc(String svcId, String svcNm, String jrsdDptAllNm, String svcEditDt, String svcPpo, String sportFr,
                      String svcCts, String slctnStdr, String dupImprtySvc, String sportTg, String reqstProcessPd,
                      String reqstProcss, String posesPapers, String onlnReqstSiteUrl, String rcvOrgNm,
                      String rcvOrgTelNo, String refrncNm, String refrncTelNo, String refrncSiteUrl, String svcInfoUrl,
                      String svcInfoKrUrl, ReqstPapers reqstPapers, Laws laws) {

        static Svc of(PublicService s) {
            return new Svc(s.svcId(), s.svcNm(), s.jrsdDptAllNm(), s.svcEditDt().toString(), s.svcPpo(), s.sportFr(),
                    s.svcCts(), s.slctnStdr(), s.dupImprtySvc(), s.sportTg(), s.reqstProcessPd(), s.reqstProcss(),
                    s.posesPapers(), s.onlnReqstSiteUrl(), s.rcvOrgNm(), s.rcvOrgTelNo(), s.refrncNm(),
                    s.refrncTelNo(), s.refrncSiteUrl(), s.svcInfoUrl(), s.svcInfoKrUrl(),
                    new ReqstPapers(s.reqstPapers()), new Laws(s.laws()));
        }
    }

    public record ReqstPapers(@JacksonXmlElementWrapper(useWrapping = false) List<RequestPaper> reqstPaper) {
    }

    public record Laws(@JacksonXmlElementWrapper(useWrapping = false) List<Law> law) {
    }
}
