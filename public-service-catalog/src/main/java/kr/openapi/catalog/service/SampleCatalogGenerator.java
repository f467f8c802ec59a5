package kr.openapi.catalog.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kr.openapi.catalog.repository.Organisation;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.catalog.repository.PublicService.Law;
import kr.openapi.catalog.repository.PublicService.RequestPaper;

/**
 * Makes a realistic Korean public-service catalogue for development, demos and benchmarks: services of the
 * categories and organisations of the reference data, named and described the way Gov24 services are (who it is
 * for, what it pays or provides, how to apply). The same count and seed always give the same services, with ids
 * {@code SG0000000001} onwards, so loading twice changes nothing.
 */
public final class SampleCatalogGenerator {

    public static final String ID_PREFIX = "SG";

    /** A kind of service: its medium (and optional small) category, topic words, support forms and law. */
    private record Topic(String large, String medium, String small, List<String> names, List<String> forms,
                         String law, String goal) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("010000", "010100", null, List.of("결혼 장려금", "신혼부부 주거비", "국제결혼 상담"), List.of("현금", "상담"), "저출산ㆍ고령사회기본법", "건강한 가정 형성"),
            new Topic("010000", "010200", null, List.of("이혼 숙려 상담", "양육비 이행 지원"), List.of("상담", "법률지원"), "양육비 이행확보 및 지원에 관한 법률", "이혼 가정의 자녀 양육 안정"),
            new Topic("020000", "020100", "020101", List.of("난임부부 시술비", "난임 한방치료"), List.of("의료지원", "현금"), "모자보건법", "난임 가정의 경제적 부담 완화"),
            new Topic("020000", "020100", "020102", List.of("임산부 산전검사", "임신 축하 바우처"), List.of("서비스이용권", "의료지원"), "모자보건법", "임산부와 태아의 건강 보호"),
            new Topic("020000", "020200", "020201", List.of("출산 축하금", "첫만남 이용권"), List.of("현금", "서비스이용권"), "저출산ㆍ고령사회기본법", "출산 가정의 양육 부담 경감"),
            new Topic("020000", "020200", "020202", List.of("산후조리 비용", "산모 신생아 건강관리"), List.of("서비스이용권", "현금"), "모자보건법", "산모의 산후 회복과 신생아 건강"),
            new Topic("030000", "030100", "030101", List.of("어린이집 보육료", "시간제 보육"), List.of("서비스이용권", "현금"), "영유아보육법", "영유아의 건강한 성장과 부모의 양육 부담 경감"),
            new Topic("030000", "030100", "030102", List.of("아동수당", "가정양육수당"), List.of("현금"), "아동수당법", "아동의 기본적 권리와 복지 증진"),
            new Topic("030000", "030200", null, List.of("고교 학비", "방과후학교 자유수강권", "교육급여"), List.of("현금", "교육지원"), "초ㆍ중등교육법", "교육 기회의 균등 보장"),
            new Topic("030000", "030300", null, List.of("대학생 장학금", "희망 장학금"), List.of("현금"), "한국장학재단 설립 등에 관한 법률", "학업 지속과 인재 양성"),
            new Topic("040000", "040100", null, List.of("건강검진", "암 조기검진", "구강 건강검진"), List.of("의료지원", "정보제공"), "국민건강증진법", "질병의 조기 발견과 치료"),
            new Topic("040000", "040200", "040201", List.of("결핵 검진", "결핵환자 치료비", "잠복결핵 검사"), List.of("의료지원", "현금"), "결핵예방법", "결핵 전파 방지와 치료 성공률 제고"),
            new Topic("040000", "040200", "040202", List.of("국가 예방접종", "독감 예방접종"), List.of("의료지원"), "감염병의 예방 및 관리에 관한 법률", "감염병 예방과 집단 면역 형성"),
            new Topic("040000", "040300", "040301", List.of("입원비", "재난적 의료비"), List.of("현금", "의료지원"), "의료급여법", "과도한 의료비 부담 완화"),
            new Topic("040000", "040300", "040302", List.of("약제비", "희귀질환 의료비"), List.of("현금"), "희귀질환관리법", "의료비 부담으로 인한 치료 중단 예방"),
            new Topic("040000", "040400", null, List.of("정신건강 상담", "심리상담 바우처"), List.of("상담", "서비스이용권"), "정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률", "정신건강 증진과 조기 회복"),
            new Topic("050000", "050100", "050101", List.of("방문 돌봄", "노인맞춤돌봄서비스", "독거노인 안부 확인"), List.of("서비스이용권", "돌봄"), "노인복지법", "어르신의 안정적인 노후 생활"),
            new Topic("050000", "050100", "050102", List.of("맞춤형 운동 처방", "치매 예방 교실"), List.of("서비스이용권", "교육지원"), "노인복지법", "어르신의 건강 증진"),
            new Topic("050000", "050200", null, List.of("장기요양 본인부담금", "치매 치료관리비"), List.of("현금", "의료지원"), "노인장기요양보험법", "가족의 돌봄 부담 완화"),
            new Topic("050000", "050300", null, List.of("장애인 활동지원", "보조기기 교부", "장애인 연금"), List.of("서비스이용권", "현물", "현금"), "장애인복지법", "장애인의 자립 생활과 사회 참여"),
            new Topic("050000", "050400", null, List.of("노인 일자리", "노인 사회활동"), List.of("일자리", "현금"), "노인복지법", "어르신의 소득 보충과 사회 참여"),
            new Topic("060000", "060100", null, List.of("생계급여", "기초연금", "자활근로"), List.of("현금", "일자리"), "국민기초생활 보장법", "최저생활 보장과 자립 지원"),
            new Topic("060000", "060200", null, List.of("긴급 생계비", "위기가구 긴급지원"), List.of("현금", "현물"), "긴급복지지원법", "갑작스러운 위기 상황의 생계 안정"),
            new Topic("060000", "060300", null, List.of("에너지바우처", "난방비", "전기요금 감면"), List.of("서비스이용권", "감면"), "에너지법", "취약계층의 에너지 비용 부담 완화"),
            new Topic("070000", "070100", null, List.of("주거급여", "월세 지원", "집수리 지원"), List.of("현금", "현물"), "주거급여법", "주거 안정과 주거 수준 향상"),
            new Topic("070000", "070200", null, List.of("공공임대주택 입주", "매입임대주택"), List.of("대여", "정보제공"), "공공주택 특별법", "무주택 가구의 주거 안정"),
            new Topic("070000", "070300", null, List.of("전세자금 대출 이자", "주택구입 자금"), List.of("융자", "현금"), "주택도시기금법", "내 집 마련과 주거비 부담 경감"),
            new Topic("080000", "080100", null, List.of("취업 성공 패키지", "구직촉진수당", "일자리 매칭"), List.of("현금", "상담"), "고용정책 기본법", "구직자의 빠른 취업"),
            new Topic("080000", "080200", null, List.of("직업훈련 비용", "내일배움카드"), List.of("교육지원", "서비스이용권"), "국민 평생 직업능력 개발법", "직무 역량 강화와 재취업"),
            new Topic("080000", "080300", null, List.of("창업 자금", "창업 공간 임대", "소상공인 경영 개선"), List.of("융자", "대여", "상담"), "중소기업창업 지원법", "창업 활성화와 일자리 창출"),
            new Topic("090000", "090100", null, List.of("농기계 임대", "친환경 농업 직불금", "귀농 정착 자금"), List.of("대여", "현금", "융자"), "농업ㆍ농촌 및 식품산업 기본법", "농가 소득 안정과 농촌 활력"),
            new Topic("090000", "090200", null, List.of("어업인 안전장비", "수산물 가공시설"), List.of("현물", "현금"), "수산업ㆍ어촌 발전 기본법", "어업인의 안전과 소득 증대"),
            new Topic("090000", "090300", null, List.of("가축 방역", "축사 환경 개선"), List.of("현물", "현금"), "가축전염병 예방법", "가축 질병 예방과 축산농가 안정"),
            new Topic("100000", "100100", null, List.of("문화누리카드", "공연 관람료"), List.of("서비스이용권"), "문화기본법", "문화 향유 기회 확대"),
            new Topic("100000", "100200", null, List.of("슬레이트 처리", "전기자동차 구매 보조금", "빗물 저금통 설치"), List.of("현금", "현물"), "환경정책기본법", "쾌적한 생활 환경 조성"),
            new Topic("100000", "100300", null, List.of("스포츠강좌 이용권", "생활체육 교실"), List.of("서비스이용권", "교육지원"), "국민체육진흥법", "체육 활동 참여와 건강 증진"),
            new Topic("110000", "110100", null, List.of("민원서류 무료 발급", "주민등록 정정"), List.of("감면", "정보제공"), "민원 처리에 관한 법률", "민원 처리 편의 증진"),
            new Topic("110000", "110200", null, List.of("풍수해 보험료", "재난 피해 복구비"), List.of("현금", "감면"), "재난 및 안전관리 기본법", "재난 피해 회복과 생활 안정"),
            new Topic("110000", "110300", null, List.of("무료 법률 상담", "소송 구조"), List.of("법률지원", "상담"), "법률구조법", "법률 서비스 접근성 향상"));

    private static final List<String> TARGETS = List.of("노인", "어르신", "아동", "청소년", "청년", "임산부", "영유아 가정",
            "장애인", "한부모가족", "다문화가족", "저소득층", "농업인", "어업인", "소상공인", "구직자", "국가유공자", "1인가구",
            "기초생활수급자", "차상위계층", "신혼부부");
    private static final List<String> SUFFIXES = List.of("지원", "지원사업", "서비스", "바우처", "사업", "비용 지원");
    private static final List<String> BUREAUS = List.of("주민복지국", "보건소", "복지정책국", "경제일자리국", "행정안전국", "도시환경국");
    private static final Map<String, String> OFFICES = Map.of("주민복지국", "복지정책과", "보건소", "건강증진과",
            "복지정책국", "사회복지과", "경제일자리국", "일자리정책과", "행정안전국", "자치행정과", "도시환경국", "환경정책과");
    private static final List<String> CRITERIA = List.of("기준 중위소득 50% 이하 가구", "기준 중위소득 100% 이하 가구",
            "국민기초생활수급자 및 차상위계층", "관내 주민등록 후 6개월 이상 거주한 자", "소득과 관계없이 대상자 전원", "건강보험료 본인부담금 하위 50% 이하");
    private static final List<String> PROCEDURES = List.of("거주지 읍면동 주민센터 방문 신청", "복지로 누리집 온라인 신청",
            "정부24 온라인 신청 또는 주민센터 방문", "보건소 방문 신청 후 대상자 확인", "구청 담당 부서에 우편 또는 방문 신청");
    private static final List<String> PAPERS = List.of("신청서", "신분증", "주민등록등본", "소득증빙서류", "통장 사본", "진단서", "가족관계증명서");
    private static final List<String> PERIODS = List.of("연중", "매년 1월~3월", "예산 소진 시까지", "사유 발생일로부터 60일 이내", "분기별 접수");

    private SampleCatalogGenerator() {
    }

    /** {@code count} services, owned by the given organisations (their districts and the central agencies). */
    public static List<PublicService> generate(int count, List<Organisation> organisations, long seed) {
        return stream(count, organisations, seed).toList();
    }

    /** The same services made one at a time, for loading more than fit in memory at once. */
    public static Stream<PublicService> stream(int count, List<Organisation> organisations, long seed) {
        Random random = new Random(seed);
        Map<String, Organisation> byCode = new HashMap<>();
        organisations.forEach(o -> byCode.put(o.code(), o));
        List<Organisation> owners = organisations.stream()
                .filter(o -> o.parentCode() != null || "BA0301".equals(o.classCode())).toList();
        return IntStream.rangeClosed(1, count).sequential()
                .mapToObj(number -> service(number, random, pick(random, owners), byCode));
    }

    private static PublicService service(int number, Random random, Organisation owner, Map<String, Organisation> byCode) {
        Topic topic = pick(random, TOPICS);
        String target = pick(random, TARGETS);
        String subject = pick(random, topic.names());
        Organisation province = owner.parentCode() == null ? null : byCode.get(owner.parentCode());
        String place = province == null ? owner.name() : province.name() + " " + owner.name();
        String bureau = pick(random, BUREAUS);
        String department = province == null ? owner.name() + " " + topic.goal().split(" ")[0] + "정책과"
                : place + " " + bureau + " " + OFFICES.get(bureau);
        String prefix = province == null ? "" : "(" + owner.name() + ") ";
        String name = prefix + target + " " + subject + " " + pick(random, SUFFIXES);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(pick(random, topic.forms()));
        forms.add(pick(random, topic.forms()));
        String amount = (1 + random.nextInt(30)) * 10 + "만원";
        String purpose = target + "의 " + topic.goal() + objectParticle(topic.goal()) + " 위하여 " + subject
                + objectParticle(subject) + " 지원";
        String content = subject + " 비용을 1인당 연 최대 " + amount + "까지 지원합니다. " + String.join(", ", forms)
                + " 방식으로 제공하며, 세부 내용은 " + place + " 담당 부서에 문의하십시오.";
        String telephone = "0" + (2 + random.nextInt(60)) + "-" + (200 + random.nextInt(800)) + "-" + (1000 + random.nextInt(9000));
        String svcId = ID_PREFIX + String.format("%010d", number);
        return new PublicService(svcId, name, owner.code(), department,
                LocalDate.of(2010, 1, 1).plusDays(random.nextInt(6000)), purpose, String.join("||", forms), content,
                pick(random, CRITERIA), "", place + " 거주 " + target, pick(random, PERIODS), pick(random, PROCEDURES),
                pick(random, PAPERS) + ", " + pick(random, PAPERS), random.nextInt(3) == 0 ? "https://www.gov.kr/portal/service/" + svcId : "",
                place + " " + (province == null ? "민원실" : "읍면동 주민센터"), telephone, department, telephone,
                "https://www.gov.kr", "https://www.gov.kr/portal/rcvfvrSvc/dtlEx/" + svcId,
                "https://www.gov.kr/portal/공공서비스/" + svcId, target + " " + subject + " " + String.join(" ", forms),
                topic.large(), topic.medium(), topic.small(),
                List.of(new RequestPaper(subject + " 신청서.hwp", "https://www.gov.kr/files/" + svcId + "/form.hwp")),
                List.of(new Law("[법령] " + topic.law(), "https://www.law.go.kr/법령/" + topic.law().replace(' ', '_'))));
    }

    /** 을 after a syllable with a final consonant, 를 after one without (and after anything not Hangul). */
    static String objectParticle(String word) {
        char last = word.charAt(word.length() - 1);
        boolean hangul = last >= '가' && last <= '힣';
        return hangul && (last - '가') % 28 != 0 ? "을" : "를";
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
