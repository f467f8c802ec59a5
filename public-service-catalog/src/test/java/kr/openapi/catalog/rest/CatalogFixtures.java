package kr.openapi.catalog.rest;


import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import kr.openapi.catalog.repository.PublicService.Law;
import kr.openapi.catalog.repository.PublicService.RequestPaper;
import kr.openapi.catalog.repository.PublicService;

/** Services that tests add through the bulk import, each test class in categories of its own. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static PublicService service(String id, String name, String large, String medium, LocalDate edited, String purpose,
                                 String keywords) {
        return new PublicService(id, name, "3110000", "서울특별시 은평구 주민복지국 복지정책과", edited, purpose,
                "현금||정보제공", "지원 내용 " + name, "기준 중위소득 50% 이하", "", "관내 주민", "연중",
                "주민센터 방문 신청", "신청서", "", "주민센터", "02-351-6114", "복지정책과", "02-351-6000",
                "www.ep.go.kr", "https://www.gov.kr/portal/service/" + id, "https://www.gov.kr/portal/공공서비스/" + id,
                keywords, large, medium, null,
                List.of(new RequestPaper("신청서.hwp", "https://www.ep.go.kr/files/" + id + ".hwp")),
                List.of(new Law("[법령] 사회보장기본법", "https://www.law.go.kr/법령/사회보장기본법")));
    }

    static void importServices(PublicService... services) {
        CatalogClients.admin().contentType(ContentType.JSON).body(List.of(services))
                .when().post("/admin/catalog/services")
                .then().statusCode(200);
    }
}
