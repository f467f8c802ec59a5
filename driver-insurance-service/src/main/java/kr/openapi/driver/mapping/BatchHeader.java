package kr.openapi.driver.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The header of insDriver, delDriver and findInsurance, checked: the driving company, the transaction number and
 * the rows (not yet read: a bad row fails alone).
 */
public record BatchHeader(String clientKey, String bizCode, String bizName, String bizSeqNo, int reqCount, List<JsonNode> rows,
                          String rowsText) {

    public static final int MAX_ROWS = 1000;

    public static BatchHeader read(Fields fields, boolean withBizName) {
        String clientKey = fields.required("clientKey", 36);
        String bizCode = fields.required("bizCode", 12).replace("-", "");
        fields.matching(bizCode, "bizCode", "[0-9]{10}", "사업자등록번호 10자리");
        String bizName = withBizName ? fields.optional("bizName", 200) : null;
        String bizSeqNo = fields.required("bizSeqNo", 20);
        ProtocolTime.parseDateTime("reqDate", fields.required("reqDate", 14));
        String reqCount = fields.matching(fields.required("reqCount", 4), "reqCount", "[0-9]{1,4}", "숫자");
        List<JsonNode> rows = fields.list("reqList", MAX_ROWS);
        int count = Integer.parseInt(reqCount);
        if (count > MAX_ROWS) {
            throw new ProtocolFailure(BizCode.BATCH_TOO_LARGE, "reqCount " + count);
        }
        if (count != rows.size()) {
            throw new ProtocolFailure(BizCode.COUNT_MISMATCH, "reqCount " + count + ", reqList " + rows.size() + "건");
        }
        return new BatchHeader(clientKey, bizCode, bizName, bizSeqNo, count, rows, rows.toString());
    }
}
