package kr.openapi.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import kr.openapi.deploy.testing.HeadlessChromium;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The format=html pages as a person sees them, in a real headless Chromium. */
@QuarkusTest
class ServicePagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        HeadlessChromium.sendBearerToken(browser, TestTokens.keyHolder(KeyHolders.PRODUCT));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSearchShowsATableOfServicesInKorean() {
        browser.get(base + "openapi/svc/list?format=html&sort=DATE&srhQuery=%EA%B2%B0%ED%95%B5");
        assertThat(browser.getTitle()).isEqualTo("공공서비스 목록");
        assertThat(texts(By.cssSelector("thead th")))
                .containsExactly("서비스 ID", "서비스 명", "서비스 소관기관", "서비스 목적", "지원형태", "최종 수정일", "조회수");
        List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText()).isEqualTo("결핵환자 입원명령시 입원비 및 약제비 지원");
        assertThat(browser.findElement(By.tagName("caption")).getText()).contains("결핵").contains("전체 2건");
    }

    @Test
    void aServicePageShowsEveryField() {
        browser.get(base + "openapi/svc?format=html&svcId=SD0000000250");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("저소득노인건강검진");
        assertThat(texts(By.cssSelector("tbody th"))).contains("지원대상", "선정기준", "신청절차", "근거법령");
        WebElement law = browser.findElement(By.linkText("[법령] 노인복지법(제27조)"));
        assertThat(law.getAttribute("href")).startsWith("http://www.law.go.kr/");
    }

    private List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }
}
