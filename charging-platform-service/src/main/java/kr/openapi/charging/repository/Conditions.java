package kr.openapi.charging.repository;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause of only the filters a query was given, numbered {@code $1, $2, ..}: each combination of filters is
 * its own statement with its own plan. (One statement of {@code ($1 IS NULL OR x = $1)} clauses gets a generic plan
 * after a few runs, and that plan cannot use an index for any of them.)
 */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code clause}, its {@code ?} (one or more) standing for {@code value}; nothing if the value is null. */
    Conditions add(String clause, Object value) {
        if (value != null) {
            values.add(value);
            clauses.add(clause.replace("?", "$" + values.size()));
        }
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** The placeholder of the next value given to {@link #tuple(Object...)}. */
    String next(int index) {
        return "$" + (values.size() + 1 + index);
    }

    Tuple tuple(Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return Tuple.from(all);
    }
}
