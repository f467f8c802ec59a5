package kr.openapi.driver.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.driver.config.ConsentLinks;
import kr.openapi.driver.mapping.BatchAnswer;
import kr.openapi.driver.mapping.BatchHeader;
import kr.openapi.driver.mapping.BizCode;
import kr.openapi.driver.mapping.DriverRow;
import kr.openapi.driver.mapping.Fields;
import kr.openapi.driver.mapping.ProtocolFailure;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.mapping.RowResult;
import kr.openapi.driver.repository.DriverRepository;
import kr.openapi.driver.repository.LedgerRepository;
import kr.openapi.driver.repository.NewDriver;

/**
 * insDriver and delDriver. Each row is read alone (a bad one fails with its own code, the others proceed); the
 * batch is one transaction with its {@code bizSeqNo}: a second call with a number already used for that call
 * replays the first answer if it carries the same request, and is refused ({@code 1301}) if it carries another,
 * so a retried batch never registers or deletes twice.
 */
@ApplicationScoped
public class DriverRegistry {

    /** A row as read: the driver, or the failure to answer for it. */
    private record ReadRow(DriverRow driver, String person, RowResult failure) {
    }

    private final Pool pool;
    private final DriverRepository drivers;
    private final LedgerRepository ledger;
    private final PersonalData personalData;
    private final ConsentLinks links;
    private final ObjectMapper json;

    public DriverRegistry(Pool pool, DriverRepository drivers, LedgerRepository ledger, PersonalData personalData, ConsentLinks links,
                          ObjectMapper json) {
        this.pool = pool;
        this.drivers = drivers;
        this.ledger = ledger;
        this.personalData = personalData;
        this.links = links;
        this.json = json;
    }

    public Uni<Object> register(Fields fields) {
        BatchHeader header = BatchHeader.read(fields, true);
        List<ReadRow> rows = read(header.rows());
        List<NewDriver> candidates = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (ReadRow row : rows) {
            if (row.failure() == null && row.driver() != null) {
                String token = Secrets.random(43);
                tokens.add(token);
                DriverRow driver = row.driver();
                candidates.add(new NewDriver(driver.driverName(), personalData.encrypt(driver.registerNo()),
                        personalData.encrypt(driver.phone()), row.person(), personalData.registerNo(driver.registerNo()),
                        personalData.birthDay(driver.birthDay()), personalData.phone(driver.phone()), Secrets.hash(token),
                        personalData.encrypt(token)));
            }
        }
        return once(header, "D1", (connection, now) -> drivers
                .insertNew(connection, header.clientKey(), header.bizCode(), header.bizName(), now, candidates)
                .call(inserted -> drivers.audit(connection, header.clientKey(), header.bizCode(), "REGISTERED", header.bizSeqNo(),
                        List.copyOf(inserted)))
                .map(inserted -> {
                    for (int i = 0; i < candidates.size(); i++) {
                        if (inserted.contains(candidates.get(i).personIndex())) {
                            // Texted in production; here the link is logged (and listed to staff).
                            Log.infof("consent link for driver %s of %s: %s", PersonalDataMask.name(candidates.get(i).driverName()),
                                    header.bizCode(), links.linkOf(tokens.get(i)));
                        }
                    }
                    return answer(header, now, rows, inserted, BizCode.ALREADY_REGISTERED);
                }));
    }

    public Uni<Object> delete(Fields fields) {
        BatchHeader header = BatchHeader.read(fields, false);
        List<ReadRow> rows = read(header.rows());
        List<String> persons = rows.stream().filter(row -> row.failure() == null && row.driver() != null).map(ReadRow::person).toList();
        return once(header, "D2", (connection, now) -> drivers.delete(connection, header.clientKey(), header.bizCode(), persons)
                .call(deleted -> drivers.audit(connection, header.clientKey(), header.bizCode(), "DELETED", header.bizSeqNo(),
                        List.copyOf(deleted)))
                .map(deleted -> answer(header, now, rows, deleted, BizCode.NOT_REGISTERED)));
    }

    /** Runs the batch in one transaction under its bizSeqNo, or answers what the first use of that number answered. */
    private Uni<Object> once(BatchHeader header, String reqBizCode, BiFunction<SqlConnection, OffsetDateTime, Uni<BatchAnswer>> work) {
        String requestHash = personalData.fingerprint(reqBizCode + '|' + header.bizCode() + '|' + header.rowsText());
        return pool.withTransaction(connection -> ledger.claim(connection, header.clientKey(), reqBizCode, header.bizSeqNo(), requestHash)
                .flatMap(earlier -> {
                    if (earlier != null) {
                        if (!earlier.requestHash().equals(requestHash) || earlier.answerEnc() == null) {
                            return Uni.createFrom().failure(new ProtocolFailure(BizCode.BIZ_SEQ_NO_REUSED, header.bizSeqNo()));
                        }
                        return Uni.createFrom().item((Object) readAnswer(personalData.decrypt(earlier.answerEnc())));
                    }
                    return work.apply(connection, OffsetDateTime.now())
                            .call(answer -> ledger.answer(connection, header.clientKey(), reqBizCode, header.bizSeqNo(),
                                    personalData.encrypt(write(answer))))
                            .map(Object.class::cast);
                }));
    }

    private List<ReadRow> read(List<JsonNode> rows) {
        List<ReadRow> read = new ArrayList<>(rows.size());
        Set<String> seen = new HashSet<>();
        for (JsonNode row : rows) {
            try {
                DriverRow driver = DriverRow.read(row);
                String person = personalData.person(driver);
                if (!seen.add(person)) {
                    read.add(new ReadRow(driver, person, RowResult.of(driver.driverName(), driver.registerNo(), driver.phone(),
                            BizCode.ROW_INVALID_FIELD, "같은 대리기사가 목록에 두 번 있습니다")));
                } else {
                    read.add(new ReadRow(driver, person, null));
                }
            } catch (ProtocolFailure failure) {
                DriverRow echo = DriverRow.echo(row);
                read.add(new ReadRow(null, null, RowResult.of(echo.driverName(), echo.registerNo(), echo.phone(), failure.code(),
                        failure.detail())));
            }
        }
        return read;
    }

    private static BatchAnswer answer(BatchHeader header, OffsetDateTime now, List<ReadRow> rows, Set<String> done, BizCode otherwise) {
        List<RowResult> results = new ArrayList<>(rows.size());
        for (ReadRow row : rows) {
            if (row.failure() != null) {
                results.add(row.failure());
            } else {
                DriverRow driver = row.driver();
                results.add(RowResult.of(driver.driverName(), driver.registerNo(), driver.phone(),
                        done.contains(row.person()) ? BizCode.OK : otherwise, null));
            }
        }
        return new BatchAnswer(header.bizSeqNo(), Integer.toString(results.size()), ProtocolTime.format(now.toInstant()), results);
    }

    private String write(BatchAnswer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readAnswer(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
