package kr.openapi.catalog.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import kr.openapi.catalog.mapping.ServiceSheet;
import kr.openapi.catalog.repository.PublicServiceRepository;
import kr.openapi.catalog.repository.ServiceSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The whole catalogue as one .xlsx file ({@code GET /openapi/svc/all/list.excel}): made once a day at 05:00
 * Korean time, as the guide says, and at start when there is none yet.
 *
 * <p>The new file is written beside the old one and renamed over it, so a download sees either the previous
 * complete file or the new complete file, never a half-written one (a download already under way keeps reading the
 * file it opened). Services are read and written in batches, so memory does not grow with the catalogue.
 */
@ApplicationScoped
public class FullListWorkbook {

    public static final String FILE_NAME = "public-services.xlsx";
    private static final int BATCH = 1_000;

    private final PublicServiceRepository services;
    private final Path file;

    public FullListWorkbook(PublicServiceRepository services,
                            @ConfigProperty(name = "catalog.full-list.directory") Path directory) {
        this.services = services;
        this.file = directory.toAbsolutePath().resolve(FILE_NAME);
    }

    /** After the sample data, if any, is loaded (priority 20 > the loader's 10). */
    void makeAtStartWhenMissing(@Observes @Priority(20) StartupEvent start) {
        if (!Files.exists(file)) {
            regenerate();
        }
    }

    @Scheduled(identity = "full-list-excel", cron = "${catalog.full-list.cron}", timeZone = "Asia/Seoul",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regenerateDaily() {
        regenerate();
    }

    /** The current complete file, made first if there is none. */
    public Path current() {
        if (!Files.exists(file)) {
            regenerate();
        }
        return file;
    }

    /** Writes the file anew from the database and puts it in place atomically. Blocks: call it on a worker thread. */
    public synchronized void regenerate() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), "public-services-", ".xlsx.part");
            try {
                long rows = write(part);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Log.infof("Full service list written: %d services, %d ms, %s", rows,
                        Duration.ofNanos(System.nanoTime() - started).toMillis(), file);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the full service list " + file, e);
        }
    }

    /** Numbers count down from the number of services read at the start, so they stay right if an import runs meanwhile. */
    private long write(Path target) throws IOException {
        Duration patience = Duration.ofMinutes(1);
        List<String> ids = services.allIds().await().atMost(patience);
        long number = ids.size();
        try (OutputStream out = Files.newOutputStream(target); ServiceSheet sheet = new ServiceSheet(out)) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<ServiceSummary> batch = services.summaries(ids.subList(from, Math.min(ids.size(), from + BATCH)))
                        .await().atMost(patience);
                number = sheet.addCountingDown(number, batch);
                sheet.flush();
            }
        }
        return ids.size();
    }
}
