package kr.openapi.bench;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalogue's bulk import of one large JSON file: how long it takes and how much the service's resident
 * memory grows while it streams the file into PostgreSQL (sampled every 50 ms from /proc), first with new
 * services, then with the same file again (every service unchanged).
 */
final class ImportMeasurement {

    private ImportMeasurement() {
    }

    static void run(String baseUrl, String token, long pid, Path work, int services) throws Exception {
        Path file = work.resolve("import.json");
        write(file, services);
        double megabytes = Files.size(file) / 1024.0 / 1024.0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("%nBulk import of one JSON file (%,d services, %.0f MB), as an operator loads the real catalogue:%n%n",
                services, megabytes);
        System.out.println("| import | seconds | resident memory before | highest during | answer |");
        System.out.println("|---|---|---|---|---|");
        for (String round : List.of("new services", "the same file again")) {
            long before = residentKilobytes(pid);
            AtomicLong highest = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    highest.accumulateAndGet(residentKilobytes(pid), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/catalog/services"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
            }
            System.out.printf("| %s | %.1f | %d MB | %d MB | %s |%n", round, seconds, before / 1024, highest.get() / 1024,
                    answer.body().replaceAll(".*\"received\"", "received").replace("}", "").replace("\"", ""));
        }
    }

    /** Services of about 3.4 KB of Korean text each, in the detail API's JSON shape. */
    private static void write(Path file, int services) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('[');
            for (int i = 1; i <= services; i++) {
                out.write(i == 1 ? "" : ",");
                out.write("{\"svcId\":\"BM" + String.format("%010d", i) + "\",\"svcNm\":\"대량 적재 시험 서비스 " + i
                        + "\",\"jrsdDptAllNm\":\"행정안전부 공공서비스정책과\",\"svcEditDt\":\"2020-01-01\",\"svcPpo\":\""
                        + "국민 생활 편의 증진을 위한 지원 ".repeat(5) + "\",\"svcCts\":\"" + "지원 내용을 설명합니다. ".repeat(60)
                        + "\",\"slctnStdr\":\"" + "기준 중위소득 이하 ".repeat(10) + "\",\"sportTg\":\"전 국민\",\"reqstProcss\":\""
                        + "주민센터 방문 신청 ".repeat(10) + "\",\"lrgAstCd\":\"040000\",\"mdmAstCd\":\"040100\","
                        + "\"laws\":{\"law\":[{\"lawNm\":\"[법령] 사회보장기본법\",\"lawUrl\":\"https://www.law.go.kr\"}]}}");
            }
            out.write(']');
        }
    }

    private static long residentKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // the process has gone, or this is not Linux
        }
        return 0;
    }
}
