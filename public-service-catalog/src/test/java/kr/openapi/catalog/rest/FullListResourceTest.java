package kr.openapi.catalog.rest;

import static io.restassured.RestAssured.given;
import static kr.openapi.catalog.rest.CatalogFixtures.importServices;
import static kr.openapi.catalog.rest.CatalogFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import kr.openapi.catalog.service.FullListWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FullListResourceTest {

    @Inject
    FullListWorkbook workbook;

    @Inject
    Scheduler scheduler;

    @Test
    void downloadsTheWholeCatalogueAsExcel() throws Exception {
        byte[] xlsx = download();
        List<List<String>> rows = PublicServiceListResourceTest.sheet(xlsx);
        assertThat(rows.get(0)).containsExactly("번호", "서비스 ID", "서비스 명", "서비스 목적", "서비스 소관기관", "지원형태", "최종 수정일");
        assertThat(rows.stream().skip(1).map(row -> row.get(1)))
                .contains("SD0000000151", "SD0000000152", "SD0000000231", "SD0000000239", "SD0000000250");
        assertThat(rows.get(rows.size() - 1).get(0)).as("numbered down to 1, as in the guide").isEqualTo("1");
    }

    @Test
    void regenerationPublishesNewServicesAndNeverDisturbsAReaderOfTheOldFile() throws Exception {
        workbook.regenerate();
        Path file = workbook.current();
        byte[] before = Files.readAllBytes(file);
        try (InputStream reader = Files.newInputStream(file)) {
            byte[] start = reader.readNBytes(100);
            importServices(service("FL0000000001", "별빛 천문대 관람", "100000", "100100", LocalDate.of(2025, 8, 8), "천문 교육", ""));
            workbook.regenerate();
            byte[] rest = reader.readAllBytes();
            byte[] seen = new byte[start.length + rest.length];
            System.arraycopy(start, 0, seen, 0, start.length);
            System.arraycopy(rest, 0, seen, start.length, rest.length);
            assertThat(seen).as("the reader gets the previous complete file").isEqualTo(before);
        }
        assertThat(PublicServiceListResourceTest.sheet(download()).stream().map(row -> row.get(1))).contains("FL0000000001");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly(FullListWorkbook.FILE_NAME);
        }
    }

    @Test
    void isScheduledEveryDayAtFiveInSeoul() {
        Trigger daily = scheduler.getScheduledJob("full-list-excel");
        assertThat(daily).as("the daily job is registered").isNotNull();
        ZonedDateTime next = daily.getNextFireTime().atZone(ZoneId.of("Asia/Seoul"));
        assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(5, 0));
        assertThat(Duration.between(Instant.now(), next.toInstant())).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
    }

    private static byte[] download() {
        return given().when().get("/openapi/svc/all/list.excel")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("public-services.xlsx"))
                .extract().asByteArray();
    }
}
