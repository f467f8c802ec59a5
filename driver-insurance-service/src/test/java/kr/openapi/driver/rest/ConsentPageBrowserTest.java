package kr.openapi.driver.rest;

import static kr.openapi.driver.DriverSession.bizSeqNo;
import static kr.openapi.driver.DriverSession.driver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.openapi.deploy.testing.HeadlessChromium;
import kr.openapi.deploy.testing.ThroughTheGateway;
import kr.openapi.driver.Consents;
import kr.openapi.driver.DriverSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The driver's page in a real headless Chromium, on a phone-sized window: agree, then withdraw. */
@QuarkusTest
class ConsentPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDriverAgreesThenWithdrawsAndTheCompanySeesIt() {
        DriverSession vendor = DriverSession.onboard();
        String bizCode = DriverSession.bizCode();
        Map<String, String> row = driver("홍길동", "8805221", "010" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        vendor.batch("insDriver", bizCode, bizSeqNo(), List.of(row));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        ThroughTheGateway.asAdmin().contentType(ContentType.JSON)
                .body(List.of(LookupTest.policy(row, "02-" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L),
                        now.minusDays(10), now.plusYears(1), "5000")))
                .post("/admin/driver/policies").then().statusCode(200);
        String link = Consents.links(bizCode).get(0);

        browser.get(base + link.substring(1));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("개인정보 제공 동의");
        assertThat(browser.findElement(By.id("company")).getText()).contains("바른대리운전", bizCode);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("홍*동", "대리운전보험 가입 정보").doesNotContain("홍길동");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("아직 동의하지 않음");

        browser.findElement(By.id("agree")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decided")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("동의함");
        vendor.getDriver(bizCode, Map.of()).body("resList[0].agreeYn", equalTo("Y"))
                .body("resList[0].agreeDate", matchesPattern("20[0-9]{12}"));
        vendor.batch("findInsurance", bizCode, bizSeqNo(), List.of(row)).body("resList[0].insList[0].asEnrollYn", equalTo("Y"));

        // The same link, later: withdraw.
        browser.get(base + link.substring(1));
        browser.findElement(By.id("withdraw")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "동의 철회함"));
        vendor.getDriver(bizCode, Map.of()).body("resList[0].agreeYn", equalTo("C")).body("resList[0]", not(hasKey("agreeDate")));
        vendor.batch("findInsurance", bizCode, bizSeqNo(), List.of(row)).body("resList[0].resBizCode", equalTo("2103"))
                .body("resList[0]", not(hasKey("insList")));

        // delDriver ends the link.
        vendor.batch("delDriver", bizCode, bizSeqNo(), List.of(row));
        browser.get(base + link.substring(1));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("유효하지 않은 링크입니다");
    }
}
