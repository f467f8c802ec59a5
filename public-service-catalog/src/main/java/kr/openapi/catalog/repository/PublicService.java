package kr.openapi.catalog.repository;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One public service (공공서비스) with everything the detail API returns, plus what places it in the catalogue
 * (categories, owning organisation code, keywords). Component names are the wire element names, so the bulk import
 * reads the same JSON a detail call writes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicService(
        String svcId, String svcNm, String jrsdOrgCd, String jrsdDptAllNm, LocalDate svcEditDt,
        String svcPpo, String sportFr, String svcCts, String slctnStdr, String dupImprtySvc, String sportTg,
        String reqstProcessPd, String reqstProcss, String posesPapers, String onlnReqstSiteUrl,
        String rcvOrgNm, String rcvOrgTelNo, String refrncNm, String refrncTelNo, String refrncSiteUrl,
        String svcInfoUrl, String svcInfoKrUrl, String keywords, String lrgAstCd, String mdmAstCd, String smallAstCd,
        List<RequestPaper> reqstPapers, List<Law> laws) {

    /** An application form to download (신청서). */
    public record RequestPaper(String reqstPaperFilename, String reqstPaperFileUrl) {
    }

    /** A law the service is based on (근거법령). */
    public record Law(String lawNm, String lawUrl) {
    }

    public PublicService {
        reqstPapers = reqstPapers == null ? List.of() : List.copyOf(reqstPapers);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }
}
