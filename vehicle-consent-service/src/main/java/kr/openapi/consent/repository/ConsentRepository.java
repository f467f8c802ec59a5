package kr.openapi.consent.repository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Consents and their audit trail (which only ever grows: a trigger refuses updates and deletes). */
@ApplicationScoped
public class ConsentRepository {

    private static final String SELECT = "SELECT c.consent_id, c.instt_code, i.name AS instt_name, c.svc_code, s.name AS svc_name,"
            + " c.car_reg_no, c.items, c.status, c.given_at, c.withdrawn_at FROM consent c"
            + " JOIN institution i ON i.instt_code = c.instt_code JOIN consent_service s ON s.svc_code = c.svc_code";

    private final Pool pool;

    public ConsentRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Records a consent given now. A service the vehicle already has a given consent for is given again: the same
     * record, now under the new owner identity and withdrawal link, and a new GIVEN line in its trail.
     */
    public Uni<UUID> give(SqlClient client, NewConsent consent, OffsetDateTime at) {
        return client.preparedQuery("INSERT INTO consent (consent_id, instt_code, svc_code, car_reg_no, owner_identity, owner_name_index,"
                        + " items, status, given_at, withdraw_token_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, 'GIVEN', $8, $9)"
                        + " ON CONFLICT (svc_code, car_reg_no) WHERE status = 'GIVEN' DO UPDATE SET owner_identity = EXCLUDED.owner_identity,"
                        + " owner_name_index = EXCLUDED.owner_name_index, items = EXCLUDED.items, given_at = EXCLUDED.given_at,"
                        + " withdraw_token_hash = EXCLUDED.withdraw_token_hash RETURNING consent_id")
                .execute(Tuple.tuple().addUUID(UUID.randomUUID()).addString(consent.insttCode()).addString(consent.svcCode())
                        .addString(consent.carRegNo()).addString(consent.ownerIdentity()).addString(consent.ownerNameIndex())
                        .addArrayOfString(consent.items().toArray(String[]::new)).addOffsetDateTime(at)
                        .addString(consent.withdrawTokenHash()))
                .map(rows -> rows.iterator().next().getUUID("consent_id"))
                .call(id -> audit(client, id, "GIVEN", "OWNER", null, null, at));
    }

    /** Withdraws the given consents under an owner's withdrawal link; answers the ones withdrawn. */
    public Uni<List<UUID>> withdrawByToken(SqlClient client, String withdrawTokenHash, OffsetDateTime at) {
        return withdraw(client, "withdraw_token_hash = $1", withdrawTokenHash, at, "OWNER", null, null);
    }

    /** Withdraws one consent for TS staff; answers it, or nothing when it was not given. */
    public Uni<List<UUID>> withdrawById(SqlClient client, UUID consentId, String staff, String reason, OffsetDateTime at) {
        return withdraw(client, "consent_id = $1", consentId, at, "STAFF", staff, reason);
    }

    /** Withdraws the given consents of these vehicles for TS staff (their owner changed); answers the ones withdrawn. */
    public Uni<List<UUID>> withdrawOfVehicles(SqlClient client, List<String> plates, String staff, String reason, OffsetDateTime at) {
        return withdraw(client, "car_reg_no = ANY($1)", plates.toArray(String[]::new), at, "STAFF", staff, reason);
    }

    private Uni<List<UUID>> withdraw(SqlClient client, String where, Object key, OffsetDateTime at, String actor, String staff,
                                     String reason) {
        return client.preparedQuery("UPDATE consent SET status = 'WITHDRAWN', withdrawn_at = $2 WHERE " + where
                        + " AND status = 'GIVEN' RETURNING consent_id")
                .execute(Tuple.of(key, at))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("consent_id")));
                    return ids;
                })
                .call(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> audit(client, id, "WITHDRAWN", actor, staff, reason, at))
                        .collect().asList());
    }

    private Uni<Void> audit(SqlClient client, UUID consentId, String action, String actor, String staff, String reason,
                            OffsetDateTime at) {
        return client.preparedQuery("INSERT INTO consent_audit (consent_id, action, actor, staff, reason, at) VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.tuple().addUUID(consentId).addString(action).addString(actor).addString(staff).addString(reason)
                        .addOffsetDateTime(at))
                .replaceWithVoid();
    }

    public Uni<List<StoredConsent>> byWithdrawToken(String withdrawTokenHash) {
        return pool.preparedQuery(SELECT + " WHERE c.withdraw_token_hash = $1 ORDER BY s.name").execute(Tuple.of(withdrawTokenHash))
                .map(ConsentRepository::consents);
    }

    public Uni<StoredConsent> byId(UUID consentId) {
        return pool.preparedQuery(SELECT + " WHERE c.consent_id = $1").execute(Tuple.of(consentId))
                .map(rows -> rows.size() == 0 ? null : of(rows.iterator().next()));
    }

    /** Consents of a vehicle and/or an institution, newest first, at most {@code limit}. */
    public Uni<List<StoredConsent>> search(String carRegNo, String insttCode, int limit) {
        return pool.preparedQuery(SELECT + " WHERE ($1::text IS NULL OR c.car_reg_no = $1) AND ($2::text IS NULL OR c.instt_code = $2)"
                        + " ORDER BY c.given_at DESC LIMIT $3")
                .execute(Tuple.of(carRegNo, insttCode, limit)).map(ConsentRepository::consents);
    }

    /** The given consents of an institution for a vehicle, still from the owner the registry names now. */
    public Uni<List<StoredConsent>> givenFor(String insttCode, String carRegNo, String ownerNameIndex) {
        return pool.preparedQuery(SELECT + " WHERE c.instt_code = $1 AND c.car_reg_no = $2 AND c.owner_name_index = $3"
                        + " AND c.status = 'GIVEN' ORDER BY c.given_at")
                .execute(Tuple.of(insttCode, carRegNo, ownerNameIndex)).map(ConsentRepository::consents);
    }

    public Uni<List<AuditEntry>> trails(List<UUID> consentIds) {
        return pool.preparedQuery("SELECT consent_id, action, actor, reason, at FROM consent_audit WHERE consent_id = ANY($1) ORDER BY id")
                .execute(Tuple.of(consentIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<AuditEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(new AuditEntry(row.getUUID("consent_id"), row.getString("action"),
                            row.getString("actor"), row.getString("reason"), row.getOffsetDateTime("at"))));
                    return entries;
                });
    }

    private static List<StoredConsent> consents(RowSet<Row> rows) {
        List<StoredConsent> consents = new ArrayList<>();
        rows.forEach(row -> consents.add(of(row)));
        return consents;
    }

    private static StoredConsent of(Row row) {
        return new StoredConsent(row.getUUID("consent_id"), row.getString("instt_code"), row.getString("instt_name"),
                row.getString("svc_code"), row.getString("svc_name"), row.getString("car_reg_no"),
                Arrays.asList(row.getArrayOfStrings("items")), row.getString("status"), row.getOffsetDateTime("given_at"),
                row.getOffsetDateTime("withdrawn_at"));
    }
}
