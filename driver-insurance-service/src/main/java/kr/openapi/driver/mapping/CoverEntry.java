package kr.openapi.driver.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import kr.openapi.driver.repository.Coverage;
import kr.openapi.driver.repository.StoredPolicy;

/**
 * One {@code insList} entry: the current cover under {@code as*} names and the renewal under the same names without
 * the prefix, in the seed's order. A side that does not exist is left out ("only Y rows are sent").
 */
public final class CoverEntry {

    private CoverEntry() {
    }

    public static Map<String, String> of(StoredPolicy current, StoredPolicy renewal) {
        Map<String, String> entry = new LinkedHashMap<>();
        if (current != null) {
            put(entry, "as", current);
        }
        if (renewal != null) {
            put(entry, "", renewal);
        }
        return entry;
    }

    private static void put(Map<String, String> entry, String prefix, StoredPolicy policy) {
        entry.put(name(prefix, "enrollYn"), "Y");
        entry.put(name(prefix, "insuranceNo"), policy.insuranceNo());
        entry.put(name(prefix, "fromDate"), ProtocolTime.format(policy.fromAt().toInstant()));
        entry.put(name(prefix, "toDate"), ProtocolTime.format(policy.toAt().toInstant()));
        Coverage coverage = policy.coverage();
        for (int i = 0; i < Coverage.NAMES.size(); i++) {
            entry.put(name(prefix, Coverage.NAMES.get(i)), coverage.values().get(i));
        }
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
