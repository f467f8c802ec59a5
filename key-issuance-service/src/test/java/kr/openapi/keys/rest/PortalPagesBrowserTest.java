package kr.openapi.keys.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import kr.openapi.deploy.testing.HeadlessChromium;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.GuideOperation;
import kr.openapi.keys.PortalFlows;
import kr.openapi.keys.service.UsageGuides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal as a person uses it, in a real headless Chromium: sign up, apply, the admin approves, the key appears;
 * the usage guide of a product, its PDF, and the examples filled in with the owner's own key.
 */
@QuarkusTest
class PortalPagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    UsageGuides guides;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signUpApplyApproveAndSeeTheKey() {
        String loginId = PortalFlows.newLoginId("web");

        open("portal/signup");
        type("loginId", loginId);
        type("password", PortalFlows.PASSWORD);
        type("passwordConfirm", PortalFlows.PASSWORD);
        type("name", "테스트");
        type("phone1", "010");
        type("phone2", "1234");
        type("phone3", "5678");
        type("email", "test@test.co.kr");
        type("address", "서울 송파구 양재대로71길 20-18(스마트그리드빌딩)");
        submit("#signup-form");
        acceptPopup("회원가입이 완료되었습니다");

        logIn(loginId, PortalFlows.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "portal/"));
        browser.findElement(By.cssSelector("a[data-product='ev-charger']")).click();
        assertThat(text("table.info")).contains("트래픽 제한", "500건 / 일", "REST", "이용허락범위 제한 없음", "무료");
        assertThat(browser.findElement(By.id("accessIps")).getAttribute("placeholder")).isEqualTo("0.0.0.0");

        type("accessIps", "0.0.0.0");
        type("reason", "<b>테스트</b> 신청입니다.");
        submit("#apply-form");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply-error"), "모든 주소를 허용할 수 없습니다"));
        type("accessIps", "128.0.0.1");
        submit("#apply-form");
        acceptPopup("오픈 API 신청이 완료되었습니다");
        wait.until(ExpectedConditions.urlToBe(base + "portal/"));

        open("portal/applications");
        WebElement pending = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.application")));
        assertThat(pending.getAttribute("data-status")).isEqualTo("UNDER_REVIEW");
        assertThat(pending.findElement(By.className("status-message")).getText()).contains("API 발행 승인여부 검토중입니다");
        assertThat(activeSteps(pending)).containsExactly("신청", "승인 검토");
        assertThat(pending.findElement(By.className("reason")).getText()).isEqualTo("<b>테스트</b> 신청입니다.");

        logOut();
        logIn(PortalFlows.ADMIN_LOGIN, PortalFlows.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "portal/admin"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='review-rows']/tr[td[2][text()='" + loginId + "']]")));
        row.findElement(By.cssSelector("button.approve")).click();
        acceptPopup("승인되었습니다");

        logOut();
        logIn(loginId, PortalFlows.PASSWORD);
        open("portal/applications");
        WebElement approved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.application[data-status='APPROVED']")));
        assertThat(approved.findElement(By.className("status-message")).getText()).contains("Open API 발행이 승인되었습니다");
        assertThat(activeSteps(approved)).containsExactly("신청", "승인 검토", "승인완료");
        assertThat(approved.findElement(By.className("service-key")).getText()).matches("[A-Za-z0-9]{45}");
        assertThat(approved.findElement(By.className("reissue")).isEnabled()).isFalse();
        assertThat(approved.findElement(By.className("access-ips")).getText()).isEqualTo("128.0.0.1");
    }

    @Test
    void everyProductPageLeadsToTheApplicationGuide() {
        open("portal/");
        List<String> products = browser.findElements(By.cssSelector("a[data-product]")).stream()
                .map(link -> link.getAttribute("data-product")).toList();
        assertThat(products).contains("ev-charger", "public-service-catalog");
        for (String product : products) {
            open("portal/products/" + product);
            WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id("apply-guide")));
            assertThat(button.getText()).as(product).isEqualTo("📖 OpenAPI 신청 가이드");
            assertThat(browser.findElement(By.id("use-guide")).getText()).as(product).isEqualTo("📖 OpenAPI 이용 가이드");
        }
        open("portal/products/ev-charger");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("apply-guide"))).click();
        wait.until(ExpectedConditions.urlContains("/portal/guide/apply"));
        assertThat(browser.findElements(By.cssSelector(".guide-steps > li h2")).stream().map(WebElement::getText).toList())
                .containsExactly("1. 로그인", "2. API 신청", "3. 접근IP, 신청사유 입력", "4. 오픈 API 신청하기", "5. 신청 성공 팝업",
                        "6. 확인", "7. 내 오픈 API 신청보기", "8. 진행 상황", "9. 승인완료");
        assertThat(text(".process")).contains("회원가입 > 오픈 API 신청 > 승인 검토 > 승인완료 (API 이용가능)");
        assertThat(text("#step-2")).contains("전기차 충전소 정보");
        assertThat(text("#step-5")).contains("오픈 API 신청이 완료되었습니다.");
        // An unknown product, or none, still shows the guide.
        open("portal/guide/apply?product=%3Cscript%3E");
        assertThat(browser.findElements(By.cssSelector(".guide-steps > li"))).hasSize(9);
    }

    @Test
    void theUsageGuideShowsEveryOperationOfTheProductWithCodesAndExamples() {
        ApiGuide guide = guides.guide("ev-charger").orElseThrow();
        open("portal/products/ev-charger");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("use-guide"))).click();
        wait.until(ExpectedConditions.urlContains("/portal/guide/use?product=ev-charger"));

        List<String> shown = browser.findElements(By.cssSelector("section.guide-operation")).stream()
                .map(section -> section.getAttribute("data-operation")).toList();
        assertThat(shown).containsExactlyElementsOf(guide.operations().stream().map(GuideOperation::name).toList())
                .contains("GET /ev/getChargerInfo", "GET /ev/getChargerStatus", "GET /ev/getChargerNearby");
        WebElement info = browser.findElement(By.id("get-ev-getchargerinfo"));
        assertThat(info.findElement(By.className("guide-parameters")).getText())
                .contains("serviceKey query 필수", "zcode query 옵션 string(2) 시도 코드", "dataType query 옵션 string: XML | JSON");
        assertThat(info.findElement(By.className("guide-response")).getText()).contains("statId string 충전소 ID (8자리)", "stat string 충전기 상태");
        String gateway = base.toString().replaceAll("/$", "");
        assertThat(info.findElement(By.cssSelector("pre[data-language='curl']")).getText())
                .contains("curl -G \"" + gateway + "/ev/getChargerInfo\"", "serviceKey=YOUR_SERVICE_KEY", "dataType=JSON");
        assertThat(info.findElement(By.cssSelector("pre[data-language='Python']")).getText()).contains("urllib.request.urlopen");
        assertThat(text("table.result-codes[data-element='resultCode']")).contains("30 등록되지 않은 서비스키입니다.", "22 서비스 요청제한횟수");
        assertThat(browser.findElement(By.id("guide-download")).getAttribute("href")).isEqualTo(base + "portal/guide/use/ev-charger.pdf");
        // The download link, followed by the page itself: a PDF file to save.
        Object download = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('guide-download').href).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'),
                        String.fromCharCode(...bytes.slice(0, 5)), bytes.length]);
                });""");
        assertThat((List<?>) download).satisfies(answer -> {
            assertThat(answer.get(0)).isEqualTo(200L);
            assertThat(answer.get(1)).isEqualTo("application/pdf");
            assertThat((String) answer.get(2)).startsWith("attachment");
            assertThat(answer.get(3)).isEqualTo("%PDF-");
            assertThat((Long) answer.get(4)).isGreaterThan(10_000L);
        });

        // The driver protocol's own codes, and a product without a generated guide says so.
        open("portal/guide/use?product=driver-insurance");
        assertThat(text("table.result-codes[data-element='resBizCode']")).contains("1201 발급되지 않은 토큰입니다", "G030");
        open("portal/guide/use?product=%3Cscript%3E");
        assertThat(text("#no-guide")).contains("API를 찾을 수 없습니다");
    }

    @Test
    void theGuideDownloadsAsAPdfWithTheKoreanFontEmbedded() throws Exception {
        byte[] pdf = io.restassured.RestAssured.given().get("/portal/guide/use/ev-charger.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"openapi-guide-ev-charger.pdf\"")
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("OpenAPI 이용 가이드", "전기차 충전소 정보", "요청 변수", "GET /ev/getChargerInfo", "등록되지 않은 서비스키입니다.",
                    "serviceKey=YOUR_SERVICE_KEY");
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(font -> font.contains("NanumGothic"));
            assertThat(document.getNumberOfPages()).isGreaterThan(guides.guide("ev-charger").orElseThrow().operations().size());
        }
        io.restassured.RestAssured.given().get("/portal/guide/use/no-such-api.pdf").then().statusCode(404);
    }

    @Test
    void theOwnerSeesTheExamplesWithTheirKeyAndNobodyElseGetsIt() {
        String owner = PortalFlows.newMember("guide");
        long keyId = PortalFlows.approve(PortalFlows.apply(owner, "ev-charger", List.of("10.1.2.3")), null);
        String key = PortalFlows.as(owner).get("/api/v1/keys").then().extract().path("find { it.id == " + keyId + " }.serviceKey");
        String loginId = PortalFlows.as(owner).get("/api/v1/members/me").then().extract().path("loginId");

        logIn(loginId, PortalFlows.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "portal/"));
        open("portal/applications");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.key[data-key-id='" + keyId + "']")));
        assertThat(card.findElement(By.className("use-guide")).getAttribute("href")).isEqualTo(base + "portal/guide/use?product=ev-charger");
        card.findElement(By.cssSelector(".key-examples summary")).click();
        WebElement curl = card.findElement(By.cssSelector("pre[data-language='curl'] code"));
        wait.until(driver -> curl.getText().contains("serviceKey="));
        assertThat(curl.getText()).contains("serviceKey=" + key, base.toString().replaceAll("/$", "") + "/ev/");
        assertThat(card.findElement(By.cssSelector("pre[data-language='Python'] code")).getText()).contains("\"serviceKey\": \"" + key + "\"");
        assertThat(browser.getCurrentUrl()).doesNotContain(key);

        // The examples come from the owner's key API only: not to another member, the admin, or anyone without a login.
        PortalFlows.as(owner).get("/api/v1/keys/" + keyId + "/guide").then().statusCode(200).header("Cache-Control", "no-store")
                .body("product", org.hamcrest.Matchers.equalTo("ev-charger"));
        PortalFlows.as(PortalFlows.newMember("other")).get("/api/v1/keys/" + keyId + "/guide").then().statusCode(404)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(key)));
        PortalFlows.as(PortalFlows.admin()).get("/api/v1/keys/" + keyId + "/guide").then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/v1/keys/" + keyId + "/guide").then().statusCode(401);
        assertThat(io.restassured.RestAssured.given().get("/portal/guide/use?product=ev-charger").asString()).doesNotContain(key);
    }

    @Test
    void myPageShowsTheProfileAndSavesChanges() {
        String token = PortalFlows.newMember("mine");
        String loginId = PortalFlows.as(token).get("/api/v1/members/me").then().extract().path("loginId");
        logIn(loginId, PortalFlows.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "portal/"));
        open("portal/mypage");
        wait.until(ExpectedConditions.attributeToBe(By.id("loginId"), "value", loginId));
        assertThat(browser.findElement(By.id("phone2")).getAttribute("value")).isEqualTo("1234");
        assertThat(browser.findElement(By.id("loginId")).getAttribute("readonly")).isNotNull();
        type("name", "김수정");
        submit("#profile-form");
        acceptPopup("회원정보가 수정되었습니다");
        PortalFlows.as(token).get("/api/v1/members/me").then().body("name", org.hamcrest.Matchers.equalTo("김수정"));
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private void logIn(String loginId, String password) {
        open("portal/login");
        type("loginId", loginId);
        type("password", password);
        submit("#login-form");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/portal/login")));
    }

    private void logOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("logout")));
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String formSelector) {
        browser.findElement(By.cssSelector(formSelector + " button[type='submit']")).click();
    }

    private void acceptPopup(String expected) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popup")));
        assertThat(text("#popup-message")).contains(expected);
        browser.findElement(By.id("popup-ok")).click();
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private static List<String> activeSteps(WebElement card) {
        return card.findElements(By.cssSelector(".steps li.active")).stream().map(WebElement::getText).toList();
    }
}
