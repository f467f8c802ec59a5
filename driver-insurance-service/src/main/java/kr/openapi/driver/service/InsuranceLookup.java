package kr.openapi.driver.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.openapi.driver.mapping.BatchHeader;
import kr.openapi.driver.mapping.BizCode;
import kr.openapi.driver.mapping.CoverEntry;
import kr.openapi.driver.mapping.DriverRow;
import kr.openapi.driver.mapping.Fields;
import kr.openapi.driver.mapping.InsuranceAnswer;
import kr.openapi.driver.mapping.InsuranceRow;
import kr.openapi.driver.mapping.ProtocolFailure;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.repository.DriverRepository;
import kr.openapi.driver.repository.PolicyRepository;
import kr.openapi.driver.repository.StoredPolicy;

/**
 * findInsurance: cover only for a driver the company registered and who consented to it; any other row gets the
 * driver's name, registration prefix and phone back, with the code that says why ({@code 2102}, {@code 2103}). A
 * consenting driver with no policy is answered {@code 0000} without {@code insList} (the seed sends only enrolled
 * cover).
 */
@ApplicationScoped
public class InsuranceLookup {

    private final DriverRepository drivers;
    private final PolicyRepository policies;
    private final PersonalData personalData;

    public InsuranceLookup(DriverRepository drivers, PolicyRepository policies, PersonalData personalData) {
        this.drivers = drivers;
        this.policies = policies;
        this.personalData = personalData;
    }

    public Uni<Object> find(Fields fields) {
        BatchHeader header = BatchHeader.read(fields, false);
        List<DriverRow> rows = new ArrayList<>(header.rows().size());
        List<InsuranceRow> failures = new ArrayList<>(header.rows().size());
        List<String> persons = new ArrayList<>(header.rows().size());
        for (JsonNode row : header.rows()) {
            try {
                DriverRow driver = DriverRow.read(row);
                rows.add(driver);
                failures.add(null);
                persons.add(personalData.person(driver));
            } catch (ProtocolFailure failure) {
                DriverRow echo = DriverRow.echo(row);
                rows.add(null);
                persons.add(null);
                failures.add(new InsuranceRow(echo.driverName(), echo.registerNo(), echo.phone(), null, failure.code().code(),
                        failure.code().message(failure.detail())));
            }
        }
        List<String> known = persons.stream().filter(p -> p != null).toList();
        OffsetDateTime now = OffsetDateTime.now();
        return drivers.consentOf(header.clientKey(), header.bizCode(), known).flatMap(consent -> {
            List<String> consenting = known.stream().filter(p -> "Y".equals(consent.get(p))).toList();
            return policies.notEndedOf(consenting, now).map(byPerson -> {
                List<InsuranceRow> results = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    DriverRow driver = rows.get(i);
                    if (driver == null) {
                        results.add(failures.get(i));
                        continue;
                    }
                    String state = consent.get(persons.get(i));
                    BizCode code = state == null ? BizCode.NOT_REGISTERED : "Y".equals(state) ? BizCode.OK : BizCode.NOT_CONSENTED;
                    List<Map<String, String>> cover = code == BizCode.OK ? cover(byPerson.get(persons.get(i)), now) : null;
                    results.add(new InsuranceRow(driver.driverName(), driver.registerNo(), driver.phone(),
                            cover == null || cover.isEmpty() ? null : cover, code.code(), code.message()));
                }
                return new InsuranceAnswer(header.bizSeqNo(), Integer.toString(header.reqCount()), Integer.toString(results.size()),
                        ProtocolTime.format(now.toInstant()), results);
            });
        });
    }

    /**
     * Pairs the policies in force now (the {@code as*} side) with those that start later (the renewal side), each in
     * order of start: the first current with the first renewal, and so on.
     */
    static List<Map<String, String>> cover(List<StoredPolicy> notEnded, OffsetDateTime now) {
        if (notEnded == null) {
            return List.of();
        }
        List<StoredPolicy> current = notEnded.stream().filter(p -> !p.fromAt().isAfter(now)).toList();
        List<StoredPolicy> renewals = notEnded.stream().filter(p -> p.fromAt().isAfter(now)).toList();
        List<Map<String, String>> entries = new ArrayList<>();
        for (int i = 0; i < Math.max(current.size(), renewals.size()); i++) {
            entries.add(CoverEntry.of(i < current.size() ? current.get(i) : null, i < renewals.size() ? renewals.get(i) : null));
        }
        return entries;
    }
}
