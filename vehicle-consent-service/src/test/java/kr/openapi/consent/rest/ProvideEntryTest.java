package kr.openapi.consent.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.openapi.consent.OwnerSession;
import kr.openapi.consent.TestInstitution;
import kr.openapi.consent.mapping.HashScheme;
import org.junit.jupiter.api.Test;

/** The signed entry (seed ⑦ ②): what starts a flow, and everything that must not. */
@QuarkusTest
class ProvideEntryTest {

    @TestHTTPResource("/")
    URL base;

    private static Response post(Map<String, String> form) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post("/aio365/provide/ProvideContent.do");
    }

    private static void refused(Map<String, String> form, int status, String message) {
        Response answer = post(form);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.asString()).contains(message);
        assertThat(answer.getCookie(ConsentPageRenderer.SESSION_COOKIE)).as("no session is started").isNull();
    }

    @Test
    void aSignedUnfixedEntryOpensStepThreeWithAnHttpOnlySession() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        Response page = post(institution.entry(null, null));
        page.then().statusCode(200).body(containsString("첨부형 API 제공 동의 (제 3자 정보제공 동의)"))
                .body(containsString("소유자 개인명의(공동명의 소유자 불가)로 되어있는 차량만 확인이 가능합니다."))
                .body(containsString("name=\"carOwner\"")).body(containsString("name=\"carRegNo\""));
        assertThat(page.getDetailedCookie(ConsentPageRenderer.SESSION_COOKIE).isHttpOnly()).isTrue();
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void wrongStaleFutureOrReusedHashesStartNothing() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        Map<String, String> wrong = new LinkedHashMap<>(institution.entry(null, null));
        wrong.put("hashValue", "0".repeat(64));
        refused(wrong, 403, "hashValue가 올바르지 않습니다");

        for (int seconds : new int[] {-301, 600}) {
            Map<String, String> form = institution.entry(List.of(institution.ownershipService), null, null, TestInstitution.timeStamp(seconds));
            refused(form, 400, "유효 시간(5분)");
        }
        Map<String, String> badStamp = new LinkedHashMap<>(institution.entry(null, null));
        badStamp.put("timeStamp", "20261399250000");
        refused(badStamp, 400, "yyyyMMddHHmmss");

        Map<String, String> once = institution.entry(null, null);
        post(once).then().statusCode(200);
        refused(once, 409, "이미 사용된 요청입니다");
    }

    @Test
    void serviceCodesMustBeKnownAndOfOneInstitution() {
        TestInstitution one = TestInstitution.register(HashScheme.SHA256);
        TestInstitution other = TestInstitution.register(HashScheme.SHA256);
        refused(one.entry(List.of(one.ownershipService, other.ownershipService), null, null, TestInstitution.timeStamp(0)), 400,
                "서로 다른 기관의 서비스 코드");
        refused(one.entry(List.of("00004E411305294A62F2F5A44F494AC1"), null, null, TestInstitution.timeStamp(0)), 400,
                "등록되지 않은 서비스 코드");
        refused(one.entry(List.of("not-a-code"), null, null, TestInstitution.timeStamp(0)), 400, "32자리 16진수");
        Map<String, String> noType = new LinkedHashMap<>(one.entry(null, null));
        noType.remove("svcType");
        refused(noType, 400, "필수 항목이 없습니다: svcType");
    }

    @Test
    void aFixedTypeNeedsOwnerAndPlateAndLocksThem() {
        TestInstitution institution = TestInstitution.register(HashScheme.HMAC);
        Map<String, String> fixedWithoutPlate = institution.entry("홍길동", null);
        fixedWithoutPlate.put("svcType", "Y");
        fixedWithoutPlate.put("hashValue", institution.sign(fixedWithoutPlate));
        refused(fixedWithoutPlate, 400, "고정방식(svcType=Y)은 차량 소유자 이름(carOwner)과 차량 등록번호(carRegNo)");

        String plate = TestInstitution.vehicle("홍길동", "INDIVIDUAL");
        post(institution.entry("홍길동", plate)).then().statusCode(200)
                .body(containsString("id=\"carOwner\" name=\"carOwner\" value=\"홍*동\" readonly"))
                .body(containsString("value=\"***" + plate.substring(plate.length() - 4) + "\" readonly"))
                .body(containsString("바꿀 수 없습니다"));
    }

    @Test
    void theHmacSchemeBindsOwnerAndPlate() {
        TestInstitution institution = TestInstitution.register(HashScheme.HMAC);
        Map<String, String> form = institution.entry("홍길동", TestInstitution.newPlate());
        form.put("carOwner", "김철수");
        refused(form, 403, "hashValue가 올바르지 않습니다");
        // Upper-case hex is the same hash.
        Map<String, String> upper = institution.entry(null, null);
        upper.put("hashValue", upper.get("hashValue").toUpperCase());
        post(upper).then().statusCode(200);
    }

    @Test
    void postedValuesAreNeverEchoedUnescaped() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("홍길동", "INDIVIDUAL");
        Map<String, String> form = institution.entry("<script>alert(1)</script>", plate);
        form.put("siteName", "<script>alert(2)</script>\u0000");
        form.put("hashValue", institution.sign(form));
        String page = post(form).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;");
    }

    @Test
    void returnAddressesMustLieOnTheInstitutionsSite() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        for (String elsewhere : new String[] {"https://evil.example/steal", "//evil.example/x", "https://car.hanbit.example@evil.example/",
                "javascript:alert(1)", "https://car.hanbit.example.evil.example/", "http://car.hanbit.example/plain-http",
                "https:\\\\evil.example"}) {
            Map<String, String> form = new LinkedHashMap<>(institution.entry(null, null));
            form.put("returnURLA", elsewhere);
            refused(form, 400, "기관에 등록된 사이트의 주소가 아닙니다");
        }
        // Under the site's path: a browser decodes %2e before it resolves dot segments, and would leave /app.
        TestInstitution underPath = TestInstitution.register(HashScheme.SHA256, "https://car.hanbit.example/app");
        for (String outside : new String[] {"https://car.hanbit.example/app/%2e%2e/x", "https://car.hanbit.example/app/%2E./x",
                "https://car.hanbit.example/app/..%2fx", "https://car.hanbit.example/app/../x", "https://car.hanbit.example/apple",
                "https://car.hanbit.example/app/..;/x", "https://car.hanbit.example/app/%252e%252e/x",
                "https://car.hanbit.example/app/%c0%ae%c0%ae/x", "https://car.hanbit.example/app/..%00/x"}) {
            Map<String, String> form = new LinkedHashMap<>(underPath.entry(null, null));
            form.put("returnURLA", outside);
            refused(form, 400, "기관에 등록된 사이트의 주소가 아닙니다");
        }
    }

    @Test
    void anEucKrBodyWithoutCharsetIsReadAsKorean() throws Exception {
        TestInstitution institution = TestInstitution.register(HashScheme.HMAC);
        String plate = TestInstitution.vehicle("홍길동", "INDIVIDUAL");
        Map<String, String> form = institution.entry("홍길동", plate);
        Charset eucKr = Charset.forName("EUC-KR");
        String body = form.entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), eucKr))
                .collect(Collectors.joining("&"));
        // As a browser posts an accept-charset="euc-kr" form: EUC-KR bytes, and no charset named.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "aio365/provide/ProvideContent.do"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(eucKr)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"홍*동\"");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(ConsentPageRenderer.SESSION_COOKIE + "="))
                .findFirst().orElseThrow().split(";")[0].split("=", 2)[1];
        // The owner check reads the same name from the registry: the Korean bytes were decoded as Korean.
        OwnerSession session = OwnerSession.resume(cookie, page.body());
        session.post("owner").then().statusCode(200).body(containsString("이용 중이신 통신사를 선택하세요."));
    }
}
