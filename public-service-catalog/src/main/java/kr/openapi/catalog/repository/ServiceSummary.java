package kr.openapi.catalog.repository;

import java.time.LocalDate;

/** What the list API shows of a service: the seed's three elements and the summary fields clients also read. */
public record ServiceSummary(String svcId, String svcNm, String jrsdDptAllNm, LocalDate svcEditDt, String svcPpo,
                             String sportFr, long vwCnt, String svcInfoUrl, String svcInfoKrUrl) {
}
