package kr.openapi.driver.mapping;

import java.util.Map;

/**
 * The driver-insurance protocol's elements as the seed's field tables describe them (its Korean words and its
 * type and length, AN(20)), for the usage guide; applied to every element of that name in the OpenAPI document
 * that has no description of its own. Generated from the seed's tables, then the lists and the consent page's
 * parameters added by hand.
 */
public final class DriverGlossary {

    public static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("clientKey", "보험개발원에서 발급해준 Clinet Key : 사업자에 대한 고유 KEY AN(36)"),
            Map.entry("clientSecurity", "사업자가 홈페이지에서 발급한 Client Security : mypage에서 관리되는 값 AN(36)"),
            Map.entry("appBizCode", "API KEY를 발급받은 사업자번호(대리운전 시스템 업체 사업자번호) : 사업자등록증의 10자리 AN(10)"),
            Map.entry("bizSeqNo", "사업자의 거래 추적번호 : 사업자 생성한 고유값(unique) AN(20)"),
            Map.entry("reqDate", "요청일시 : YYYYMMDDHH24MI AN(14)"),
            Map.entry("reqBizCode", "D1 : 대리기사등록 / D2 : 대리기사삭제 / D3 : 대리기사동의여부 / D4 : 대리운전보험 가입여부 조회 AN(2)"),
            Map.entry("accessToken", "대리운전보험 조회시스템을 사용하기 위한 1회용 토큰 값 : 유효시간 6시간 AN(36)"),
            Map.entry("resDate", "응답일시 : YYYYMMDDHH24MI AN(14)"),
            Map.entry("bizCode", "대리운전업체 사업자번호 AN(10)"),
            Map.entry("bizName", "대리운전업체 사업자명 AN(200)"),
            Map.entry("reqCount", "요청건수 : MAX 1,000 AN(4)"),
            Map.entry("driverName", "대리기사 성명 AN(20)"),
            Map.entry("registerNo", "대리기사 주민번호 : 앞 7자리 AN(7)"),
            Map.entry("phone", "핸드폰번호 AN(11)"),
            Map.entry("resCount", "응답건수 : MAX 1,000 AN(4)"),
            Map.entry("resBizCode", "오류코드 AN(4)"),
            Map.entry("resBizMessage", "오류메시지 AN(100)"),
            Map.entry("clientKEY", "Client KEY AN(36)"),
            Map.entry("agreeYn", "Y : 동의 / C : 철회 / A : 전체 / M : 미동의 AN(1)"),
            Map.entry("fromDate", "조회기간 : 시작일자 AN(8)"),
            Map.entry("toDate", "조회기간 : 종료일자 AN(8)"),
            Map.entry("birthDay", "대리기사 생년월일 AN(6)"),
            Map.entry("orderType", "정렬 [ 1 : 등록일자 (내림차순) / 2 : 이름+생년월일(성별)(오름차순) ] AN(1)"),
            Map.entry("reqPage", "요청페이지 AN(5)"),
            Map.entry("totalCount", "전체 검색건수 AN(10)"),
            Map.entry("agreeDate", "이용동의 일시 AN(14)"),
            Map.entry("asEnrollYn", "가입 여부 : 'Y' 데이터만 보냄 AN(1)"),
            Map.entry("asInsuranceNo", "보험증권번호 AN(16)"),
            Map.entry("asFromDate", "보험시작일시 AN(12)"),
            Map.entry("asToDate", "보험종료일시 AN(12)"),
            Map.entry("asPeople", "대인 가입 : 1 / 미가입 : 2 AN(1)"),
            Map.entry("asPeoAmt", "대인금액(만원) N(5)"),
            Map.entry("asGoodsAmt", "대물금액(만원) N(5)"),
            Map.entry("asCarPercent", "자차 정률제(%) N(3)"),
            Map.entry("asPerLow", "자차 자기부담금 하한(만원) N(3)"),
            Map.entry("asPerHigh", "자차 자기부담금 상한(만원) N(3)"),
            Map.entry("asDeadAmt", "자손/자상 사망(만원) N(5)"),
            Map.entry("asInjAmt", "자손/자상 부상(만원) N(5)"),
            Map.entry("asDisAmt", "자손/자상 후유장애(만원) N(5)"),
            Map.entry("asMyCarAmt", "자차가입금액(만원) N(5)"),
            Map.entry("asCompCd", "보험사코드 AN(2)"),
            Map.entry("asCompName", "보험사명 AN(50)"),
            Map.entry("insuranceNo", "보험증권번호 AN(16)"),
            Map.entry("people", "대인 가입 : 1 / 미가입 : 2 AN(1)"),
            Map.entry("peoAmt", "대인금액(만원) N(5)"),
            Map.entry("goodsAmt", "대물금액(만원) N(5)"),
            Map.entry("carPercent", "자차 정률제(%) N(3)"),
            Map.entry("perLow", "자차 자기부담금 하한(만원) N(3)"),
            Map.entry("perHigh", "자차 자기부담금 상한(만원) N(3)"),
            Map.entry("deadAmt", "자손/자상 사망(만원) N(5)"),
            Map.entry("injAmt", "자손/자상 부상(만원) N(5)"),
            Map.entry("disAmt", "자손/자상 후유장애(만원) N(5)"),
            Map.entry("myCarAmt", "자차가입금액(만원) N(5)"),
            Map.entry("compCd", "보험사코드 AN(2)"),
            Map.entry("compName", "보험사명 AN(50)"),
            Map.entry("reqList", "요청 목록 (대리기사, 최대 1,000건)"),
            Map.entry("resList", "응답 목록 (요청 목록의 행마다 resBizCode와 함께)"),
            Map.entry("insList", "보험 가입 정보 목록 (현재 보험담보와 신규(갱신) 보험담보)"),
            Map.entry("token", "대리기사에게 보낸 동의 링크의 토큰"),
            Map.entry("decided", "1이면 결정 직후의 화면"),
            Map.entry("decision", "agree (동의) 또는 withdraw (철회)"));

    private DriverGlossary() {
    }
}
