package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.testing.HeadlessChromium;
import kr.openapi.deploy.testing.OperatorSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The EV pages of the portal as a person sees them, in Debian's Chromium, through the packaged gateway: an operator
 * (the suite's demo operator) declares a station and reports a charger charging and its prices; the station lookup
 * finds it with that status, the EV product page and the tariff page show the prices, the statistics page draws its
 * chart (Chart.js, served by the portal itself).
 */
class EvPortalBrowserIT {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static RunningServices services;
    private static SuiteEnvironment environment;
    private static PortalClient portal;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startSuite() throws Exception {
        services = new RunningServices();
        environment = services.environment;
        portal = new PortalClient(environment.urlOf(SuiteService.GATEWAY));
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.CHARGING_PLATFORM, SuiteService.GATEWAY)) {
            services.start(service, (started, env) -> env.put("GATEWAY_TRUSTED_PROXIES", "127.0.0.1/32,::1/128"));
        }
    }

    @AfterAll
    static void stopSuite() {
        if (services != null) {
            services.close();
        }
    }

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

    /** The demo operator's calls, signed as its own program would sign them, with a service key of the platform. */
    private record Operator(String serviceKey, String operatorId, String secret, String token) {

        RequestSpecification signed() {
            String datetime = LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DATETIME);
            return given().baseUri(environment.urlOf(SuiteService.GATEWAY)).queryParam("serviceKey", serviceKey)
                    .header("Datetime", datetime).header("OperatorId", operatorId).header("Token", token)
                    .header("Signature", OperatorSignature.seed(secret, datetime, operatorId, token)).contentType("application/json");
        }

        void send(String method, String path, String body) {
            Response response = signed().body(body).request(method, path);
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.asString()).isEqualTo(200);
        }
    }

    private static Operator demoOperator(String loginId) throws Exception {
        Map<String, String> demo = environment.readDemoCredentials(SuiteService.CHARGING_PLATFORM);
        String admin = portal.admin();
        String serviceKey = portal.keyFor(portal.signUp(loginId, "충전운영", "010-4444-5555"), admin, "charging-platform", 10_000);
        String operatorId = demo.get("operatorId");
        String datetime = LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DATETIME);
        String token = PortalClient.eventually(() -> given().baseUri(environment.urlOf(SuiteService.GATEWAY))
                .queryParam("serviceKey", serviceKey).header("Datetime", datetime).header("OperatorId", operatorId)
                .header("Signature", OperatorSignature.seed(demo.get("operatorSecret"), datetime, operatorId, null))
                .get("/platform/management/operatorAPIToken"), 200).path("data.token");
        return new Operator(serviceKey, operatorId, demo.get("operatorSecret"), token);
    }

    @Test
    void aStationJustReportedIsFoundWithItsStatusAndThePricesAndChartAreShown() throws Exception {
        Operator operator = demoOperator("e2eoperator");
        operator.send("POST", "/platform/management/station", "{\"stationId\":\"E2E-B1\",\"stationName\":\"브라우저시험 충전소\","
                + "\"address\":\"서울특별시 종로구 세종대로 209\",\"areaCode\":\"11110\",\"stationLat\":37.5759,\"stationLng\":126.9769,"
                + "\"busineHours\":\"24시간\",\"stationType\":1,\"stationStatus\":50,\"parkFree\":\"Y\",\"serviceTel\":\"1588-0000\"}");
        operator.send("POST", "/platform/management/equipment", "{\"equipmentId\":\"E2E-B1-E\",\"stationId\":\"E2E-B1\",\"equipmentType\":1,"
                + "\"power\":100.0}");
        operator.send("POST", "/platform/management/cell", "{\"cellId\":\"E2E-B1-C1\",\"equipmentId\":\"E2E-B1-E\",\"cellType\":2,"
                + "\"cellStandard\":\"KS C IEC 62196-3\",\"ratedVoltageUpperLimit\":750,\"ratedVoltageLowerLimit\":200,\"ratedCurrent\":250,"
                + "\"ratedPower\":100,\"electricityFee\":\"347.2 원/kWh\",\"serviceFee\":\"0 원/kWh\",\"fireControl\":1,\"smokeSensation\":1}");
        LocalDateTime reportedAt = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0).minusSeconds(3);
        operator.send("POST", "/platform/realtime/cell/status", "{\"cellId\":\"E2E-B1-C1\",\"status\":3,\"statusTime\":\""
                + reportedAt.format(DATETIME) + "\",\"soc\":40.0}");
        operator.send("PUT", "/platform/management/tariff", "{\"slowMemberPrice\":295.2,\"fastMemberPrice\":347.2,"
                + "\"slowNonMemberPrice\":390.0,\"fastNonMemberPrice\":450.0}");

        // 충전소조회: province, then one of its districts (named from the stations' addresses), then a part of the name.
        open("portal/ev/stations");
        new Select(browser.findElement(By.id("zcode"))).selectByValue("11");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zscode option[value='11110']")));
        Select district = new Select(browser.findElement(By.id("zscode")));
        district.selectByValue("11110");
        assertThat(district.getFirstSelectedOption().getText()).isEqualTo("종로구");
        browser.findElement(By.id("q")).sendKeys("브라우저");
        browser.findElement(By.cssSelector("#station-search button[type=submit]")).click();
        WebElement station = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.station")));
        assertThat(station.findElement(By.tagName("h3")).getText()).isEqualTo("브라우저시험 충전소");
        assertThat(browser.findElement(By.id("station-count")).getText()).startsWith("충전소 1곳");
        WebElement charger = station.findElement(By.cssSelector("tr[data-chger-id='01']"));
        assertThat(charger.getText()).contains("DC콤보", "100", "충전중", reportedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));

        // A name that no station has: an empty list, said so.
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("없는충전소이름");
        browser.findElement(By.cssSelector("#station-search button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("station-count"), "충전소 0곳"));
        assertThat(browser.findElements(By.cssSelector("article.station"))).isEmpty();

        // The EV product page's two tables of the seed, and the tariff page.
        open("portal/products/ev-charger");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ev-tariffs"), "데모충전"));
        assertThat(rowOf("ev-tariffs", "데모충전")).containsExactly("데모충전", "295.2", "347.2", "390", "450");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ev-stats"), "서울특별시"));
        assertThat(browser.findElements(By.cssSelector(".subnav a")).stream().map(WebElement::getText).toList())
                .containsExactly("서비스 소개", "충전요금", "충전소조회", "통계정보");
        open("portal/ev/tariffs");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ev-tariffs"), "데모충전"));
        assertThat(rowOf("ev-tariffs", "데모충전")).startsWith("데모충전", "295.2", "347.2", "390", "450");

        // 통계정보: the chart is drawn (a Chart.js chart on the canvas, with the provinces and painted pixels).
        open("portal/ev/stats");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ev-stats"), "서울특별시"));
        wait.until(driver -> browser.executeScript("return typeof Chart !== 'undefined' && Chart.getChart('ev-stats-chart') != null"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.executeScript("return Chart.getChart('ev-stats-chart').data.labels");
        assertThat(labels).contains("서울특별시");
        Object painted = browser.executeScript("const c = document.getElementById('ev-stats-chart');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;");
        assertThat(((Number) painted).longValue()).as("painted pixels").isGreaterThan(1000);
        assertThat(rowOf("ev-stats", "서울특별시").get(3)).as("total of Seoul").isNotEqualTo("0");
    }

    /**
     * A program written for Korea's public EV charger API (data.go.kr), with only its base URL changed: the key as
     * the portal shows it, raw or percent-encoded (data.go.kr hands out both), XML parsed as response/header and
     * body/items/item, JSON flat; a wrong key answered in the data.go.kr form.
     */
    @Test
    void aClientOfTheRealApiWorksByChangingOnlyItsBaseUrl() throws Exception {
        Operator operator = demoOperator("e2eclientop");
        String admin = portal.admin();
        String key = portal.keyFor(portal.signUp("e2eevclient", "앱개발", "010-5555-6666"), admin, "ev-charger", 1000);
        // The demo network's first station: its first connector goes idle, then charging (a change, whatever it was).
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withNano(0);
        operator.send("POST", "/platform/realtime/cell/status/list", "[{\"cellId\":\"DS00000-C0\",\"status\":1,\"statusTime\":\""
                + now.minusSeconds(4).format(DATETIME) + "\"}]");
        operator.send("POST", "/platform/realtime/cell/status", "{\"cellId\":\"DS00000-C0\",\"status\":3,\"statusTime\":\""
                + now.minusSeconds(2).format(DATETIME) + "\"}");
        String statId = operator.signed().get("/platform/management/station?pageNum=1&pageSize=1").then().statusCode(200)
                .extract().path("data.records[0].statId");
        for (String sent : List.of(key, java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8))) {
            String xml = PortalClient.eventually(() -> given().baseUri(environment.urlOf(SuiteService.GATEWAY)).urlEncodingEnabled(false)
                    .get("/ev/getChargerStatus?serviceKey=" + sent + "&pageNo=1&numOfRows=10&period=10&statId=" + statId), 200).asString();
            io.restassured.path.xml.XmlPath parsed = new io.restassured.path.xml.XmlPath(xml);
            assertThat(parsed.getString("response.header.resultCode")).isEqualTo("00");
            assertThat(parsed.getString("response.header.resultMsg")).isEqualTo("NORMAL SERVICE.");
            assertThat(parsed.getInt("response.header.totalCount")).isGreaterThanOrEqualTo(1);
            assertThat(parsed.getString("response.body.items.item[0].statId")).isEqualTo(statId);
        }
        given().baseUri(environment.urlOf(SuiteService.GATEWAY)).urlEncodingEnabled(false)
                .get("/ev/getChargerInfo?serviceKey=" + key + "&dataType=JSON&statId=" + statId).then().statusCode(200)
                .body("resultCode", org.hamcrest.Matchers.equalTo("00")).body("items.item[0].statId", org.hamcrest.Matchers.equalTo(statId));
        String refused = given().baseUri(environment.urlOf(SuiteService.GATEWAY)).get("/ev/getChargerInfo?serviceKey=notakey")
                .then().extract().asString();
        assertThat(refused).contains("<OpenAPI_ServiceResponse>", "<returnReasonCode>30</returnReasonCode>");
    }

    /**
     * The usage guide's examples, as the member copies them from their own key's page, run unchanged: curl and
     * Python against the packaged gateway, each answered with resultCode 00.
     */
    @Test
    void theGuidesExamplesOnTheMembersKeyRunAsWritten() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("curl") && onPath("python3"), "curl and python3 are needed (.ci/run installs them)");
        String admin = portal.admin();
        String member = portal.signUp("e2eguide", "가이드", "010-7777-8888");
        String key = portal.keyFor(member, admin, "ev-charger", 1000);
        List<Map<String, Object>> keys = portal.gateway().auth().oauth2(member).get("/api/v1/keys").then().extract().path("");
        Object keyId = keys.stream().filter(k -> key.equals(k.get("serviceKey"))).findFirst().orElseThrow().get("id");
        // The gateway learns a new key from key-issuance's feed within a second or so.
        PortalClient.eventually(() -> portal.gateway().get("/ev/getTariffs?dataType=JSON&serviceKey="
                + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)), 200);
        List<Map<String, Object>> operations = portal.gateway().auth().oauth2(member).get("/api/v1/keys/" + keyId + "/guide")
                .then().statusCode(200).extract().path("operations");
        int ran = 0;
        for (Map<String, Object> operation : operations) {
            if (!List.of("GET /ev/getChargerInfo", "GET /ev/getTariffs").contains(operation.get("name"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> examples = (List<Map<String, String>>) operation.get("examples");
            for (Map<String, String> example : examples) {
                String code = example.get("code");
                assertThat(code).as(operation.get("name") + " " + example.get("language")).contains(environment.urlOf(SuiteService.GATEWAY))
                        .contains(key.substring(0, 10));
                List<String> command = example.get("language").equals("curl") ? List.of("bash", "-c", code + " --silent --show-error")
                        : List.of("python3", "-c", code);
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(process.waitFor()).as(example.get("language") + ": " + output).isZero();
                // dataType=JSON in the examples: the flat JSON envelope.
                assertThat(output).as(operation.get("name") + " " + example.get("language")).contains("\"resultCode\":\"00\"");
                ran++;
            }
        }
        assertThat(ran).isEqualTo(4);
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program)));
    }

    private void open(String path) {
        browser.get(environment.urlOf(SuiteService.GATEWAY) + "/" + path);
    }

    private List<String> rowOf(String tbodyId, String first) {
        return browser.findElements(By.cssSelector("#" + tbodyId + " tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> !cells.isEmpty() && cells.get(0).equals(first)).findFirst().orElseThrow();
    }
}
