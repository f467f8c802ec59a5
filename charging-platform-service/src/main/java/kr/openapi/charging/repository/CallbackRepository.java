package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operators' callback addresses and the ranges an admin allowed them to reach. */
@ApplicationScoped
public class CallbackRepository {

    private final Pool pool;

    public CallbackRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> set(String operatorId, String type, String url) {
        return pool.preparedQuery("INSERT INTO operator_callback (operator_id, type, url) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (operator_id, type) DO UPDATE SET url = EXCLUDED.url, updated_at = now()")
                .execute(Tuple.of(operatorId, type, url)).replaceWithVoid();
    }

    public Uni<Boolean> delete(String operatorId, String type) {
        return pool.preparedQuery("DELETE FROM operator_callback WHERE operator_id = $1 AND type = $2").execute(Tuple.of(operatorId, type))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Every kind, the unset ones null. */
    public Uni<Map<String, String>> all(String operatorId, List<String> types) {
        return pool.preparedQuery("SELECT type, url FROM operator_callback WHERE operator_id = $1").execute(Tuple.of(operatorId))
                .map(rows -> {
                    Map<String, String> callbacks = new LinkedHashMap<>();
                    types.forEach(type -> callbacks.put(type, null));
                    rows.forEach(row -> callbacks.put(row.getString("type"), row.getString("url")));
                    return callbacks;
                });
    }

    public Uni<List<String>> allowlist(String operatorId) {
        return pool.preparedQuery("SELECT callback_allowlist FROM operator WHERE operator_id = $1").execute(Tuple.of(operatorId))
                .map(rows -> rows.size() == 0 ? List.<String>of()
                        : new ArrayList<>(Arrays.asList(rows.iterator().next().getArrayOfStrings("callback_allowlist"))));
    }

    public Uni<Boolean> setAllowlist(String operatorId, List<String> cidrs) {
        return pool.preparedQuery("UPDATE operator SET callback_allowlist = $2 WHERE operator_id = $1")
                .execute(Tuple.of(operatorId, cidrs.toArray(String[]::new))).map(rows -> rows.rowCount() == 1);
    }
}
