package kr.openapi.driver.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.openapi.driver.mapping.BizCode;
import kr.openapi.driver.mapping.DriverList;
import kr.openapi.driver.mapping.DriverStatus;
import kr.openapi.driver.mapping.Fields;
import kr.openapi.driver.mapping.ProtocolFailure;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.repository.DriverCriteria;
import kr.openapi.driver.repository.DriverRepository;
import kr.openapi.driver.repository.StoredDriver;

/**
 * getDriver: a driving company's drivers and their consent, filtered and paged. Order 1 is by registration, newest
 * first (in the database); order 2 is by name and then birth date and gender digit, which are encrypted, so that
 * order is made here after decrypting the company's matching drivers.
 */
@ApplicationScoped
public class DriverDirectory {

    static final int MAX_PAGE = 1000;

    private final DriverRepository drivers;
    private final PersonalData personalData;

    public DriverDirectory(DriverRepository drivers, PersonalData personalData) {
        this.drivers = drivers;
        this.personalData = personalData;
    }

    public Uni<Object> find(Fields fields) {
        String clientKey = fields.required("clientKey", 36);
        String bizCode = fields.required("bizCode", 50).replace("-", "");
        String bizSeqNo = fields.required("bizSeqNo", 20);
        ProtocolTime.parseDateTime("reqDate", fields.required("reqDate", 14));
        String agreeYn = fields.matching(upper(fields.optional("agreeYn", 1)), "agreeYn", "[YCAM]", "Y, C, A 또는 M");
        LocalDate from = date(fields, "fromDate");
        LocalDate to = date(fields, "toDate");
        String name = fields.optional("driverName", 20);
        String birthDay = fields.matching(digits(fields.optional("birthDay", 8)), "birthDay", "[0-9]{6,7}", "생년월일 6자리(성별 포함 7자리)");
        String phone = fields.matching(digits(fields.optional("phone", 14)), "phone", "[0-9]{9,11}", "전화번호 숫자");
        String orderType = fields.matching(fields.optional("orderType", 1), "orderType", "[12]", "1 또는 2");
        int reqCount = number(fields, "reqCount", 4, MAX_PAGE);
        int reqPage = Math.max(1, number(fields, "reqPage", 5, Integer.MAX_VALUE));
        if (from != null && to != null && to.isBefore(from)) {
            throw new ProtocolFailure(BizCode.INVALID_DATE, "toDate가 fromDate보다 앞섭니다");
        }
        DriverCriteria criteria = new DriverCriteria(clientKey, bizCode, "A".equals(agreeYn) ? null : agreeYn,
                from == null ? null : from.atStartOfDay(ProtocolTime.SEOUL).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(ProtocolTime.SEOUL).toOffsetDateTime(), name,
                birthDay != null && birthDay.length() == 6 ? personalData.birthDay(birthDay) : null,
                birthDay != null && birthDay.length() == 7 ? personalData.registerNo(birthDay) : null,
                phone == null ? null : personalData.phone(phone));
        int pageSize = reqCount == 0 ? MAX_PAGE : reqCount;
        long offset = (long) (reqPage - 1) * pageSize;
        Uni<List<StoredDriver>> page = "2".equals(orderType)
                ? drivers.newestFirst(criteria, null, 0).map(all -> byNameAndBirth(all, offset, pageSize))
                : drivers.newestFirst(criteria, pageSize, offset);
        return drivers.count(criteria).flatMap(total -> page.map(rows -> {
            List<DriverStatus> statuses = new ArrayList<>(rows.size());
            for (StoredDriver row : rows) {
                boolean consenting = "Y".equals(row.agreeYn());
                statuses.add(new DriverStatus(row.driverName(), personalData.decrypt(row.registerNoEnc()), personalData.decrypt(row.phoneEnc()),
                        row.agreeYn(), consenting && row.agreeDate() != null ? ProtocolTime.format(row.agreeDate().toInstant()) : null,
                        BizCode.OK.code(), BizCode.OK.message()));
            }
            return new DriverList(bizSeqNo, Long.toString(total), Integer.toString(statuses.size()),
                    ProtocolTime.format(OffsetDateTime.now().toInstant()), statuses);
        }));
    }

    private List<StoredDriver> byNameAndBirth(List<StoredDriver> all, long offset, int pageSize) {
        record Sortable(StoredDriver driver, String registerNo) {
        }
        return all.stream().map(driver -> new Sortable(driver, personalData.decrypt(driver.registerNoEnc())))
                .sorted(Comparator.comparing((Sortable s) -> s.driver().driverName()).thenComparing(Sortable::registerNo)
                        .thenComparingLong(s -> s.driver().driverId()))
                .skip(offset).limit(pageSize).map(Sortable::driver).toList();
    }

    private static LocalDate date(Fields fields, String name) {
        String value = fields.optional(name, 8);
        return value == null ? null : ProtocolTime.parseDate(name, value);
    }

    /** A count field: blank is 0 (all), anything else must be digits within the limit. */
    private static int number(Fields fields, String name, int maxLength, int max) {
        String value = fields.matching(fields.optional(name, maxLength), name, "[0-9]+", "숫자");
        if (value == null) {
            return 0;
        }
        int number = Integer.parseInt(value);
        if (number > max) {
            throw new ProtocolFailure(BizCode.BATCH_TOO_LARGE, name + " " + number);
        }
        return number;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String digits(String value) {
        return value == null ? null : value.replace("-", "");
    }
}
