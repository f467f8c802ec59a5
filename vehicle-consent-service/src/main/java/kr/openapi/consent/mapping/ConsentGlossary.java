package kr.openapi.consent.mapping;

import java.util.Map;

/** The vehicle-data answer's elements, described for the OpenAPI document and the portal's usage guide. */
public final class ConsentGlossary {

    public static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("resultCode", "결과코드 (00 정상)"),
            Map.entry("resultMessage", "결과메시지"),
            Map.entry("resultDetail", "실패 이유 (실패일 때만)"),
            Map.entry("insttCode", "기관코드"),
            Map.entry("vehicle", "차량"),
            Map.entry("carRegNo", "차량 등록번호"),
            Map.entry("carName", "차량명"),
            Map.entry("registeredOn", "차량 등록일자 (yyyy-MM-dd)"),
            Map.entry("services", "소유자가 동의하고 철회하지 않은 서비스 목록"),
            Map.entry("service", "서비스"),
            Map.entry("svcCode", "서비스 코드 (32자리 16진수)"),
            Map.entry("svcNm", "서비스 명"),
            Map.entry("consentedAt", "동의 일시 (yyyyMMddHHmmss, 한국 시간)"),
            Map.entry("items", "서비스 제공항목: 항목 코드(VEHICLE_BASIC, SPECIFICATION_1, SPECIFICATION_2, MAINTENANCE_HISTORY,"
                    + " INSPECTION, PERFORMANCE_CHECK)별 필드"),
            // The owner's page forms (steps 3-7).
            Map.entry("csrf", "화면의 요청 확인 값 (각 화면의 숨은 필드)"),
            Map.entry("carOwner", "차량 소유자 이름"),
            Map.entry("carrier", "통신사: LGU, KT, SKT, MVNO(알뜰폰)"),
            Map.entry("name", "이름 (차량 소유자 이름과 같아야 함)"),
            Map.entry("nationality", "내국인 L, 외국인 F"),
            Map.entry("birthDate", "생년월일 yyyyMMdd"),
            Map.entry("sex", "성별 M, F"),
            Map.entry("phone", "휴대폰번호"),
            Map.entry("agreeAll", "휴대폰본인확인 전체동의"),
            Map.entry("agreePrivacy", "개인정보이용동의"),
            Map.entry("agreeUniqueId", "고유식별정보처리동의"),
            Map.entry("agreeService", "서비스이용약관동의"),
            Map.entry("agreeCarrier", "통신사이용약관동의"),
            Map.entry("code", "인증번호 6자리"),
            Map.entry("resend", "인증번호 재전송 요청"),
            Map.entry("decision", "agree 동의, cancel 취소"));

    private ConsentGlossary() {
    }
}
