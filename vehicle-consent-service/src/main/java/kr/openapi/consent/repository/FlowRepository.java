package kr.openapi.consent.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** The consent pages' sessions, and the entry hashes already used. */
@ApplicationScoped
public class FlowRepository {

    private final Pool pool;

    public FlowRepository(Pool pool) {
        this.pool = pool;
    }

    /** Marks an entry hash used; false when it already was (each hash starts one flow). */
    public Uni<Boolean> claimEntryHash(SqlClient client, String hashValue, String insttCode) {
        return client.preparedQuery("INSERT INTO entry_hash (hash_value, instt_code) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(hashValue, insttCode)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Void> insert(SqlClient client, ConsentFlow flow) {
        return client.preparedQuery("INSERT INTO consent_flow (session_hash, csrf_token, instt_code, svc_codes, fixed, site_name,"
                        + " return_url_a, return_url_d, step, mobile, owner_name_enc, car_reg_no, expires_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
                .execute(Tuple.tuple().addString(flow.sessionHash).addString(flow.csrfToken).addString(flow.insttCode)
                        .addArrayOfString(flow.svcCodes.toArray(String[]::new)).addBoolean(flow.fixed).addString(flow.siteName)
                        .addString(flow.returnUrlA).addString(flow.returnUrlD).addString(flow.step.name()).addBoolean(flow.mobile)
                        .addString(flow.ownerNameEnc).addString(flow.carRegNo).addOffsetDateTime(flow.expiresAt))
                .replaceWithVoid();
    }

    /** The unexpired flow of a session, or null. */
    public Uni<ConsentFlow> find(String sessionHash) {
        return pool.preparedQuery("SELECT * FROM consent_flow WHERE session_hash = $1 AND expires_at > now()")
                .execute(Tuple.of(sessionHash))
                .map(rows -> rows.size() == 0 ? null : of(rows.iterator().next()));
    }

    /** Writes a flow's state if nobody else has since it was read; false otherwise. */
    public Uni<Boolean> update(SqlClient client, ConsentFlow flow) {
        return client.preparedQuery("UPDATE consent_flow SET version = version + 1, step = $3, mobile = $4, owner_name_enc = $5,"
                        + " car_reg_no = $6, owner_failures = $7, carrier = $8, identity_enc = $9, challenge_id = $10,"
                        + " code_sent_at = $11, code_failures = $12, resends = $13, owner_identity = $14"
                        + " WHERE session_hash = $1 AND version = $2")
                .execute(Tuple.tuple().addString(flow.sessionHash).addInteger(flow.version).addString(flow.step.name())
                        .addBoolean(flow.mobile).addString(flow.ownerNameEnc).addString(flow.carRegNo).addInteger(flow.ownerFailures)
                        .addString(flow.carrier).addString(flow.identityEnc).addString(flow.challengeId)
                        .addOffsetDateTime(flow.codeSentAt).addInteger(flow.codeFailures).addInteger(flow.resends)
                        .addString(flow.ownerIdentity))
                .map(rows -> {
                    if (rows.rowCount() == 1) {
                        flow.version++;
                        return true;
                    }
                    return false;
                });
    }

    public Uni<Boolean> update(ConsentFlow flow) {
        return update(pool, flow);
    }

    /** Forgets ended sessions and entry hashes too old to be accepted again anyway. */
    public Uni<Void> sweep() {
        return pool.query("DELETE FROM consent_flow WHERE expires_at < now() - interval '1 hour'").execute()
                .flatMap(ignored -> pool.query("DELETE FROM entry_hash WHERE used_at < now() - interval '1 day'").execute())
                .replaceWithVoid();
    }

    private static ConsentFlow of(Row row) {
        ConsentFlow flow = new ConsentFlow();
        flow.sessionHash = row.getString("session_hash");
        flow.csrfToken = row.getString("csrf_token");
        flow.version = row.getInteger("version");
        flow.insttCode = row.getString("instt_code");
        flow.svcCodes = Arrays.asList(row.getArrayOfStrings("svc_codes"));
        flow.fixed = row.getBoolean("fixed");
        flow.siteName = row.getString("site_name");
        flow.returnUrlA = row.getString("return_url_a");
        flow.returnUrlD = row.getString("return_url_d");
        flow.step = FlowStep.valueOf(row.getString("step"));
        flow.mobile = row.getBoolean("mobile");
        flow.ownerNameEnc = row.getString("owner_name_enc");
        flow.carRegNo = row.getString("car_reg_no");
        flow.ownerFailures = row.getInteger("owner_failures");
        flow.carrier = row.getString("carrier");
        flow.identityEnc = row.getString("identity_enc");
        flow.challengeId = row.getString("challenge_id");
        flow.codeSentAt = row.getOffsetDateTime("code_sent_at");
        flow.codeFailures = row.getInteger("code_failures");
        flow.resends = row.getInteger("resends");
        flow.ownerIdentity = row.getString("owner_identity");
        flow.expiresAt = row.getOffsetDateTime("expires_at");
        return flow;
    }
}
