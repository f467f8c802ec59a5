package kr.openapi.driver.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The bizSeqNo ledger of insDriver and delDriver: one entry per client, call and bizSeqNo. */
@ApplicationScoped
public class LedgerRepository {

    /** An earlier use of the bizSeqNo: the request it carried (hashed) and its answer (encrypted). */
    public record Entry(String requestHash, String answerEnc) {
    }

    /**
     * Claims the bizSeqNo inside the caller's transaction. Answers null when the claim is new; otherwise the earlier
     * entry. A concurrent claim of the same number waits on the unique key until the first transaction ends, so it
     * sees the first answer, never a half-done one.
     */
    public Uni<Entry> claim(SqlClient client, String clientKey, String reqBizCode, String bizSeqNo, String requestHash) {
        return client.preparedQuery("INSERT INTO biz_transaction (client_key, req_biz_code, biz_seq_no, request_hash)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1")
                .execute(Tuple.of(clientKey, reqBizCode, bizSeqNo, requestHash))
                .flatMap(claimed -> claimed.size() == 1
                        ? Uni.createFrom().nullItem()
                        : client.preparedQuery("SELECT request_hash, answer_enc FROM biz_transaction"
                                        + " WHERE client_key = $1 AND req_biz_code = $2 AND biz_seq_no = $3")
                                .execute(Tuple.of(clientKey, reqBizCode, bizSeqNo))
                                .map(rows -> {
                                    Row row = rows.iterator().next();
                                    return new Entry(row.getString("request_hash"), row.getString("answer_enc"));
                                }));
    }

    public Uni<Void> answer(SqlClient client, String clientKey, String reqBizCode, String bizSeqNo, String answerEnc) {
        return client.preparedQuery("UPDATE biz_transaction SET answer_enc = $4"
                        + " WHERE client_key = $1 AND req_biz_code = $2 AND biz_seq_no = $3")
                .execute(Tuple.of(clientKey, reqBizCode, bizSeqNo, answerEnc))
                .replaceWithVoid();
    }
}
