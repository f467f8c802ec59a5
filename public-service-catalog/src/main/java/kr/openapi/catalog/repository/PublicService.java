package kr.openapi.catalog.repository;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import kr.openapi.catalog.mapping.ElementListDeserializer;

/**
 * One public service (공공서비스) with everything the detail API returns, plus what places it in the catalogue
 * (categories, owning organisation code, keywords). Component names are the wire element names, so the bulk import
 * reads the same JSON a detail call writes (papers and laws as plain arrays or wrapped as the detail wraps them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicService(
        String svcId, String svcNm, String jrsdOrgCd, String jrsdDptAllNm, LocalDate svcEditDt,
        String svcPpo, String sportFr, String svcCts, String slctnStdr, String dupImprtySvc, String sportTg,
        String reqstProcessPd, String reqstProcss, String posesPapers, String onlnReqstSiteUrl,
        String rcvOrgNm, String rcvOrgTelNo, String refrncNm, String refrncTelNo, String refrncSiteUrl,
        String svcInfoUrl, String svcInfoKrUrl, String keywords, String lrgAstCd, String mdmAstCd, String smallAstCd,
        @JsonDeserialize(using = ElementListDeserializer.class) List<RequestPaper> reqstPapers,
        @JsonDeserialize(using = ElementListDeserializer.class) List<Law> laws) {

    /** An application form to download (신청서). A missing name or address is empty, as every text of a service. */
    public record RequestPaper(String reqstPaperFilename, String reqstPaperFileUrl) {
        public RequestPaper {
            reqstPaperFilename = reqstPaperFilename == null ? "" : reqstPaperFilename;
            reqstPaperFileUrl = reqstPaperFileUrl == null ? "" : reqstPaperFileUrl;
        }
    }

    /** A law the service is based on (근거법령); many have no address in the real catalogue. */
    public record Law(String lawNm, String lawUrl) {
        public Law {
            lawNm = lawNm == null ? "" : lawNm;
            lawUrl = lawUrl == null ? "" : lawUrl;
        }
    }

    public PublicService {
        reqstPapers = reqstPapers == null ? List.of() : List.copyOf(reqstPapers);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }
}
