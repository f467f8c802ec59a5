package kr.openapi.catalog.mapping;

import java.util.Map;

/**
 * The Gov24 API's elements as the guide's tables describe them (section II), for the usage guide; applied to every
 * element of that name in the OpenAPI document that has no description of its own. Generated from the guide's
 * tables, with the spellings this API answers in (the guide's tables misspell some: svcd, jrslDptAllNm,
 * svclInfoUrl) and the list wrappers added by hand.
 */
public final class CatalogGlossary {

    public static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("srhQuery", "검색어"),
            Map.entry("sort", "검색결과 정렬 (RANK:정확도순, DATE:최신순, SORT_TTL:서비스명 가나다 순, VW_CNT:조회순, default: RANK) ※ 기본은 역순정렬, 가나다 순일 경우 순차정렬"),
            Map.entry("jrdsOrgCd", "공공서비스 소관기관 코드 (7자리)"),
            Map.entry("jrdsOrgNm", "공공서비스 소관기관 명"),
            Map.entry("lrgAstCd", "공공서비스 대분류 코드 ※ 데이터 제공형태가 excel일 때, 필수 (6자리)"),
            Map.entry("mdmAstCd", "공공서비스 중분류 코드 ※ 데이터 제공형태가 excel일 때, 필수 (6자리)"),
            Map.entry("smallAstCd", "공공서비스 소분류 코드 (6자리)"),
            Map.entry("pageIndex", "현재 페이지 번호 (default: 1)"),
            Map.entry("pageSize", "한 페이지당 결과 수 (default: 10, max: 100)"),
            Map.entry("resultCode", "응답결과 코드 (응답결과 코드 표 참조) (2자리)"),
            Map.entry("resultMessage", "응답결과 메시지 (응답결과 코드 표 참조)"),
            Map.entry("totalCount", "전체 공공서비스 수"),
            Map.entry("svcNm", "공공서비스 명"),
            Map.entry("svcEditDt", "최종수정일 (10자리)"),
            Map.entry("svcPpo", "공공서비스 목적"),
            Map.entry("sportFr", "지원형태 ※ 지원형태가 여러 개일 경우, 수직바 2개를 구분자로 하여 제공 ex) <sportFr>현금 정보제공 대여</sportFr>"),
            Map.entry("svcCts", "지원내용"),
            Map.entry("slctnStdr", "선택기준"),
            Map.entry("sportTg", "지원대상"),
            Map.entry("reqstProcessPd", "신청기한"),
            Map.entry("reqstProcss", "신청절차"),
            Map.entry("posesPapers", "구비서류"),
            Map.entry("onlnReqstSiteUrl", "온라인 신청 사이트 주소"),
            Map.entry("rcvOrgNm", "접수기관 명"),
            Map.entry("rcvOrgTelNo", "접수기관 전화번호"),
            Map.entry("refrncNm", "문의처 명"),
            Map.entry("refrncTelNo", "문의처 전화번호"),
            Map.entry("refrncSiteUrl", "문의처 사이트 주소"),
            Map.entry("reqstPaperFilename", "신청서 파일 명"),
            Map.entry("reqstPaperFileUrl", "신청서 파일 다운로드 URL"),
            Map.entry("lawNm", "법령 명 (근거법령)"),
            Map.entry("lawUrl", "국가법령정보센터의 법령 상세 주소 (근거법령)"),
            Map.entry("level", "대분류: large, 중분류: medium, 소분류: small"),
            Map.entry("upAstCd", "상위 분류 코드 ※ 중분류, 소분류를 조회할 경우 필수 (6자리)"),
            Map.entry("svcAstLevel", "대분류: 1, 중분류: 2, 소분류: 3 (1자리)"),
            Map.entry("upSvcAstCode", "상위 공공서비스 분류 코드 (6자리)"),
            Map.entry("svcAstCode", "공공서비스 분류 코드 (6자리)"),
            Map.entry("svcAstName", "공공서비스 분류 코드 명"),
            Map.entry("orgClsCode", "기관분류 코드 (6자리)"),
            Map.entry("orgClsName", "기관분류 코드 명"),
            Map.entry("orgClsCd", "기관분류 코드 (6자리)"),
            Map.entry("upOrgCd", "상위기관 코드 ※기관분류가 시군구일 때, 하위기관 조회 시 필수 ex)경기도의 하위 기관 코드 조회 (7자리)"),
            Map.entry("upOrgCode", "상위기관 코드 (7자리)"),
            Map.entry("orgCode", "기관 코드 (7자리)"),
            Map.entry("orgName", "기관 코드 명"),
            Map.entry("svcId", "공공서비스 ID (12자리)"),
            Map.entry("jrsdOrgCd", "공공서비스 소관기관 코드 (7자리, jrdsOrgCd의 다른 철자)"),
            Map.entry("jrsdOrgNm", "공공서비스 소관기관 명 (jrdsOrgNm의 다른 철자)"),
            Map.entry("svclId", "공공서비스 ID (12자리, 가이드 표의 철자; svcId와 같음)"),
            Map.entry("jrsdDptAllNm", "공공서비스 소관기관 명"),
            Map.entry("dupImprtySvc", "중복불가 서비스"),
            Map.entry("svcInfoUrl", "공공서비스 상세 주소"),
            Map.entry("svcInfoKrUrl", "공공서비스 상세 한글주소"),
            Map.entry("vwCnt", "조회수"),
            Map.entry("resultDetail", "오류의 상세 내용 (실패일 때)"),
            Map.entry("svcList", "공공서비스 목록"),
            Map.entry("svc", "공공서비스"),
            Map.entry("reqstPapers", "신청서 목록"),
            Map.entry("reqstPaper", "신청서"),
            Map.entry("laws", "근거법령 목록"),
            Map.entry("law", "근거법령"),
            Map.entry("svcAsts", "공공서비스 분류 목록"),
            Map.entry("svcAst", "공공서비스 분류"),
            Map.entry("orgClses", "기관분류 목록"),
            Map.entry("orgCls", "기관분류"),
            Map.entry("orgs", "기관 목록"),
            Map.entry("org", "기관"));

    private CatalogGlossary() {
    }
}
