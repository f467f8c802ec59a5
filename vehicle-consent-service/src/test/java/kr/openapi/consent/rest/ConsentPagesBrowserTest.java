package kr.openapi.consent.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import kr.openapi.consent.InstitutionSite;
import kr.openapi.consent.TestInstitution;
import kr.openapi.consent.mapping.HashScheme;
import kr.openapi.deploy.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole flow in a real headless Chromium: an institution's page (another site) posts the seed's form, the owner
 * goes through steps 3 to 7 on the PC or the mobile layout, and comes back to the institution.
 */
@QuarkusTest
class ConsentPagesBrowserTest {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    @TestHTTPResource("/aio365/provide/ProvideContent.do")
    URL entry;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private InstitutionSite site;

    @BeforeEach
    void open() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        site = new InstitutionSite();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        site.close();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private String bodyClass() {
        return browser.findElement(By.tagName("body")).getAttribute("class");
    }

    /** Steps 4 to 6 for {@code owner}. */
    private void verifyPhone(String owner) {
        click("carrier-KT");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identity-form")));
        assertThat(browser.findElement(By.id("carrier-name")).getText()).isEqualTo("KT");
        type("name", owner);
        type("birthDate", "19890427");
        type("phone", "01012345678");
        click("agreeAll");
        assertThat(browser.findElements(By.cssSelector("input.agreement")).stream().allMatch(box -> box.isSelected()))
                .as("전체동의 ticks every agreement").isTrue();
        click("confirm");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-form")));
        assertThat(browser.findElement(By.id("countdown")).getText()).matches("0[23]:[0-5][0-9]");
        type("code", "840380");
        click("confirm");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-form")));
    }

    @Test
    void aFixedTypeEntryOnThePcLayoutInUtf8() {
        TestInstitution institution = TestInstitution.register(HashScheme.HMAC, site.url());
        String plate = TestInstitution.vehicle("홍길동", "INDIVIDUAL");
        browser.get(site.entryPage(entry.toString(), institution.entry("홍길동", plate), "UTF-8"));
        click("go");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("owner-form")));
        assertThat(bodyClass()).isEqualTo("layout-pc");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("첨부형 API 제공 동의 (제 3자 정보제공 동의)");
        assertThat(browser.findElement(By.id("carOwner")).getAttribute("value")).isEqualTo("홍*동");
        assertThat(browser.findElement(By.id("carOwner")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.id("carRegNo")).getAttribute("value")).isEqualTo("***" + plate.substring(plate.length() - 4));
        assertThat(browser.getPageSource()).doesNotContain(plate);
        click("verify-phone");
        verifyPhone("홍길동");

        assertThat(browser.findElement(By.id("vehicle-plate")).getText()).isEqualTo("***" + plate.substring(plate.length() - 4));
        assertThat(browser.findElement(By.id("vehicle-name")).getText()).isEqualTo("공단차");
        assertThat(browser.findElement(By.id("vehicle-registered")).getText()).isEqualTo("2019.07.05");
        assertThat(browser.findElement(By.id("services")).getText()).contains("자동차 소유관계 확인 활용", "자동차기본정보", "정비이력 조회", "검사정보");
        click("svc-" + institution.maintenanceService);
        click("decision-agree");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        String withdrawLink = browser.findElement(By.id("withdraw-link")).getAttribute("href");
        assertThat(withdrawLink).matches(".*/aio365/provide/withdraw/[A-Za-z0-9_-]{43}");
        click("return-link");
        wait.until(ExpectedConditions.textToBe(By.id("site"), "동의 완료: 기관 사이트"));
        asAdmin().accept(ContentType.JSON).queryParam("carRegNo", plate).get("/admin/consent/consents").then()
                .body("items", hasSize(1)).body("items[0].svcCode", equalTo(institution.maintenanceService));

        // The owner's link, later: withdraw.
        browser.get(withdrawLink);
        assertThat(browser.findElement(By.id("consents")).getText()).contains("정비이력 조회", "동의함");
        click("withdraw");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawn")));
        assertThat(browser.findElement(By.id("consents")).getText()).contains("철회함");
    }

    @Test
    void anUnfixedEntryOnTheMobileLayoutFromAnEucKrPage() {
        browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", IPHONE));
        browser.manage().window().setSize(new Dimension(390, 844));
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256, site.url());
        String plate = TestInstitution.vehicle("김민준", "INDIVIDUAL");
        browser.get(site.entryPage(entry.toString(), institution.entry(null, null), "EUC-KR"));
        click("go");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("owner-form")));
        assertThat(bodyClass()).isEqualTo("layout-mobile");
        assertThat(browser.findElement(By.id("institution")).getText()).startsWith("한빛캐피탈");
        type("carOwner", "김민준");
        type("carRegNo", plate.substring(0, plate.length() - 4) + " " + plate.substring(plate.length() - 4));
        click("verify-phone");
        // The switch: the same step on the PC layout, and back.
        click("layout-pc");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "class", "layout-pc"));
        click("layout-mobile");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "class", "layout-mobile"));
        verifyPhone("김민준");

        assertThat(browser.findElement(By.id("vehicle-plate")).getText()).isEqualTo("***" + plate.substring(plate.length() - 4));
        click("svc-" + institution.ownershipService);
        click("decision-agree");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        click("return-link");
        wait.until(ExpectedConditions.textToBe(By.id("site"), "동의 완료: 기관 사이트"));
        asAdmin().accept(ContentType.JSON).queryParam("carRegNo", plate).get("/admin/consent/consents").then()
                .body("items", hasSize(1)).body("items[0].svcCode", equalTo(institution.ownershipService));
    }

    @Test
    void cancellingReturnsToTheInstitutionsDeclinePage() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256, site.url());
        String plate = TestInstitution.vehicle("박서준", "INDIVIDUAL");
        browser.get(site.entryPage(entry.toString(), institution.entry(null, null), "EUC-KR"));
        click("go");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("owner-form")));
        type("carOwner", "박서준");
        type("carRegNo", plate);
        click("verify-phone");
        verifyPhone("박서준");
        click("decision-cancel");
        wait.until(ExpectedConditions.textToBe(By.id("site"), "동의 거절: 기관 사이트"));
        asAdmin().accept(ContentType.JSON).queryParam("carRegNo", plate).get("/admin/consent/consents").then().body("items", hasSize(0));
    }
}
