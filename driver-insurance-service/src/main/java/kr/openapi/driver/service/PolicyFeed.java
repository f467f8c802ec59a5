package kr.openapi.driver.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.openapi.common.result.ApiException;
import kr.openapi.driver.mapping.DriverRow;
import kr.openapi.driver.mapping.FeedCounts;
import kr.openapi.driver.mapping.PolicyRecord;
import kr.openapi.driver.mapping.ProtocolFailure;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.repository.Coverage;
import kr.openapi.driver.repository.PolicyRepository;
import kr.openapi.driver.repository.PolicyRepository.PolicyWrite;
import kr.openapi.driver.repository.StoredPolicy;

/**
 * The insurer feed: policies upserted by {@code insuranceNo} in one transaction. Every record is checked first and
 * a file with one invalid record is refused whole, naming the record and the field, so a feed is never half loaded.
 */
@ApplicationScoped
public class PolicyFeed {

    static final int BATCH = 1000;

    private final PolicyRepository policies;
    private final PersonalData personalData;
    private final ObjectMapper json;

    public PolicyFeed(PolicyRepository policies, PersonalData personalData, ObjectMapper json) {
        this.policies = policies;
        this.personalData = personalData;
        this.json = json;
    }

    public Uni<FeedCounts> upload(List<PolicyRecord> records) {
        if (records == null) {
            throw ApiException.invalidParameter("정책 목록(JSON 배열)이 필요합니다");
        }
        List<PolicyWrite> writes = new ArrayList<>(records.size());
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            PolicyRecord record = records.get(i);
            if (record == null) {
                throw ApiException.invalidParameter("[" + i + "] 빈 항목");
            }
            try {
                writes.add(write(record));
            } catch (ProtocolFailure | IllegalArgumentException e) {
                String why = e instanceof ProtocolFailure failure ? failure.detail() : e.getMessage();
                throw ApiException.invalidParameter("[" + i + "] insuranceNo " + record.insuranceNo() + ": " + why);
            }
            if (!numbers.add(record.insuranceNo().strip())) {
                throw ApiException.invalidParameter("[" + i + "] insuranceNo " + record.insuranceNo() + "가 파일에 두 번 있습니다");
            }
        }
        return policies.pool().withTransaction(connection -> {
            Uni<PolicyRepository.UpsertCounts> total = Uni.createFrom().item(new PolicyRepository.UpsertCounts(0, 0));
            for (int from = 0; from < writes.size(); from += BATCH) {
                List<PolicyWrite> batch = writes.subList(from, Math.min(writes.size(), from + BATCH));
                total = total.flatMap(sum -> policies.upsert(connection, batch)
                        .map(counts -> new PolicyRepository.UpsertCounts(sum.inserted() + counts.inserted(), sum.updated() + counts.updated())));
            }
            return total;
        }).map(counts -> new FeedCounts(writes.size(), counts.inserted(), counts.updated(),
                writes.size() - counts.inserted() - counts.updated()));
    }

    private PolicyWrite write(PolicyRecord record) {
        JsonNode asRow = json.valueToTree(record);
        DriverRow driver = DriverRow.read(asRow);
        String insuranceNo = required(record.insuranceNo(), "insuranceNo", 16, "[0-9A-Za-z-]+");
        Instant from = ProtocolTime.parseDateTime("fromDate", required(record.fromDate(), "fromDate", 14, "[0-9]+"));
        Instant to = ProtocolTime.parseDateTime("toDate", required(record.toDate(), "toDate", 14, "[0-9]+"));
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("toDate가 fromDate보다 뒤여야 합니다");
        }
        Coverage coverage = new Coverage(required(record.people(), "people", 1, "[12]"),
                required(record.peoAmt(), "peoAmt", 5, "[0-9]+"), required(record.goodsAmt(), "goodsAmt", 5, "[0-9]+"),
                required(record.carPercent(), "carPercent", 3, "[0-9]+"), required(record.perLow(), "perLow", 3, "[0-9]+"),
                required(record.perHigh(), "perHigh", 3, "[0-9]+"), required(record.deadAmt(), "deadAmt", 5, "[0-9]+"),
                required(record.injAmt(), "injAmt", 5, "[0-9]+"), required(record.disAmt(), "disAmt", 5, "[0-9]+"),
                required(record.myCarAmt(), "myCarAmt", 5, "[0-9]+"), required(record.compCd(), "compCd", 2, "[0-9A-Za-z]+"),
                required(record.compName(), "compName", 50, "[^\\p{Cntrl}]+"));
        StoredPolicy policy = new StoredPolicy(insuranceNo, personalData.person(driver), from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC), coverage);
        String content = String.join("|", driver.personKey(), insuranceNo, from.toString(), to.toString(), String.join("|", coverage.values()));
        return new PolicyWrite(policy, personalData.encrypt(driver.driverName()), personalData.encrypt(driver.registerNo()),
                personalData.encrypt(driver.phone()), personalData.fingerprint(content));
    }

    private static String required(String value, String field, int maxLength, String pattern) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " 없음");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength || !stripped.matches(pattern)) {
            throw new IllegalArgumentException(field + " 형식 또는 길이(최대 " + maxLength + "자) 오류: " + stripped);
        }
        return stripped;
    }
}
