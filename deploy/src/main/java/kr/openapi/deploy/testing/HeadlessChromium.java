package kr.openapi.deploy.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for page tests: Debian's {@code chromium} driven through Debian's {@code chromedriver}
 * (a test tool's own browser download does not work on these machines). Without them the calling test is skipped
 * and says why; {@code .ci/run} installs both.
 */
public final class HeadlessChromium {

    public static final String BINARY = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    public static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A fresh browser with an empty profile; skips the test when Chromium or its driver is missing. */
    public static ChromeDriver start() {
        Assumptions.assumeTrue(new File(BINARY).canExecute() && new File(DRIVER).canExecute(),
                "Skipped: no Chromium at " + BINARY + " or no chromedriver at " + DRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run does it)");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=ko-KR",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the browser send the gateway's internal token with every request, as a service sees a request that came
     * through the gateway (the pages of a keyed API are only served to key holders).
     */
    public static void sendBearerToken(ChromeDriver driver, String token) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Bearer " + token)));
    }
}
