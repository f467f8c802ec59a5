package kr.openapi.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.catalog.repository.ServiceBatchWriter;
import kr.openapi.catalog.repository.PublicServiceRepository;
import kr.openapi.common.result.ApiException;

/**
 * Loads a catalogue (the real one from Gov24, or the generated sample) by {@code svcId}: new services are added,
 * changed ones rewritten, identical ones left alone, so the same file can be imported any number of times.
 *
 * <p>The file is read and written in batches inside one transaction, so its size is bounded by the request limit,
 * not by memory. A file with an invalid record is refused whole, with the records named (reading goes on, without
 * writing, to name up to ten), and the transaction is rolled back: nothing of it is stored.
 */
@ApplicationScoped
public class ServiceImporter {

    public static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9]{12}");
    public static final Pattern CATEGORY_CODE = Pattern.compile("\\d{6}");
    public static final Pattern ORGANISATION_CODE = Pattern.compile("\\d{7}");
    private static final int PROBLEMS_SHOWN = 10;
    private static final int BATCH = 500;
    /** A load this large changes the data enough for the planner to need fresh statistics (autovacuum would catch up later). */
    private static final int STATISTICS_AFTER = 1_000;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final PublicServiceRepository services;

    public ServiceImporter(PublicServiceRepository services) {
        this.services = services;
    }

    public record ImportResult(int received, int inserted, int updated) {
        public int unchanged() {
            return received - inserted - updated;
        }
    }

    /**
     * Imports a file and, after a large one, refreshes the planner's statistics. Blocking: it reads the file as it
     * writes, so call it on a worker thread.
     */
    public ImportResult importFrom(Iterator<PublicService> records) {
        ImportResult result = importOnly(records);
        if (result.inserted() + result.updated() >= STATISTICS_AFTER) {
            services.refreshStatistics(false).await().atMost(PATIENCE);
        }
        return result;
    }

    /** Imports without refreshing statistics: for a loader that refreshes them once itself at the end. Blocking. */
    public ImportResult importOnly(Iterator<PublicService> records) {
        RecordCheck check = new RecordCheck();
        List<PublicService> batch = new ArrayList<>(BATCH);
        try (ServiceBatchWriter writer = services.openBatchWriter()) {
            while (records.hasNext() && !check.enoughProblems()) {
                PublicService record = records.next();
                if (check.accepts(record) && check.problems.isEmpty()) {
                    batch.add(record);
                    if (batch.size() == BATCH) {
                        writer.write(batch);
                        batch.clear();
                    }
                }
            }
            if (!check.problems.isEmpty()) {
                throw ApiException.invalidParameter(String.join("; ", check.problems));
            }
            if (check.received == 0) {
                throw ApiException.missingParameter("가져올 공공서비스 (빈 목록입니다)");
            }
            writer.write(batch);
            writer.commit();
            return new ImportResult(check.received, writer.inserted(), writer.updated());
        }
    }

    /** The checks of each record, and of the file so far: its ids must not repeat. */
    private static final class RecordCheck {
        private final Set<String> seen = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private int received;

        boolean enoughProblems() {
            return problems.size() >= PROBLEMS_SHOWN;
        }

        /** Whether the record is valid; if not, its problems are noted. */
        boolean accepts(PublicService s) {
            received++;
            String where = received + "번째 서비스";
            int before = problems.size();
            if (s == null) {
                problems.add(where + ": 비어 있습니다");
                return false;
            }
            if (s.svcId() == null || !SERVICE_ID.matcher(s.svcId()).matches()) {
                problems.add(where + ": svcId는 영문과 숫자 12자입니다 (" + s.svcId() + ")");
            } else if (!seen.add(s.svcId())) {
                problems.add(where + ": svcId " + s.svcId() + "가 파일 안에서 중복됩니다");
            }
            if (s.svcNm() == null || s.svcNm().isBlank()) {
                problems.add(where + ": svcNm이 없습니다");
            }
            if (s.svcEditDt() == null) {
                problems.add(where + ": svcEditDt(yyyy-MM-dd)가 없습니다");
            }
            if (texts(s).anyMatch(ServiceImporter::hasControlCharacter)) {
                problems.add(where + ": 텍스트에 제어 문자가 있습니다 (줄바꿈과 탭만 쓸 수 있습니다)");
            }
            checkCode(problems, where, "lrgAstCd", s.lrgAstCd(), CATEGORY_CODE);
            checkCode(problems, where, "mdmAstCd", s.mdmAstCd(), CATEGORY_CODE);
            checkCode(problems, where, "smallAstCd", s.smallAstCd(), CATEGORY_CODE);
            checkCode(problems, where, "jrsdOrgCd", s.jrsdOrgCd(), ORGANISATION_CODE);
            return problems.size() == before;
        }
    }

    private static Stream<String> texts(PublicService s) {
        Stream<String> own = Stream.of(s.svcId(), s.svcNm(), s.jrsdOrgCd(), s.jrsdDptAllNm(), s.svcPpo(), s.sportFr(),
                s.svcCts(), s.slctnStdr(), s.dupImprtySvc(), s.sportTg(), s.reqstProcessPd(), s.reqstProcss(),
                s.posesPapers(), s.onlnReqstSiteUrl(), s.rcvOrgNm(), s.rcvOrgTelNo(), s.refrncNm(), s.refrncTelNo(),
                s.refrncSiteUrl(), s.svcInfoUrl(), s.svcInfoKrUrl(), s.keywords());
        Stream<String> papers = s.reqstPapers().stream().flatMap(p -> Stream.of(p.reqstPaperFilename(), p.reqstPaperFileUrl()));
        Stream<String> laws = s.laws().stream().flatMap(l -> Stream.of(l.lawNm(), l.lawUrl()));
        return Stream.of(own, papers, laws).flatMap(t -> t).filter(Objects::nonNull);
    }

    /** XML 1.0 cannot carry them and PostgreSQL refuses NUL; line breaks and tabs are fine. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }

    private static void checkCode(List<String> problems, String where, String name, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(where + ": " + name + "는 숫자 " + pattern.pattern().replaceAll("\\D", "") + "자리입니다 (" + value + ")");
        }
    }
}
