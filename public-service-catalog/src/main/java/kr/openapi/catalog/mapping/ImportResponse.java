package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kr.openapi.catalog.service.ServiceImporter.ImportResult;
import kr.openapi.common.result.ResultEnvelope;

/** What a bulk import did: how many services it received, added, changed and found already as they were. */
@JsonPropertyOrder({"resultCode", "resultMessage", "received", "inserted", "updated", "unchanged"})
public class ImportResponse extends ResultEnvelope {

    public final int received;
    public final int inserted;
    public final int updated;
    public final int unchanged;

    public ImportResponse(ImportResult result) {
        this.received = result.received();
        this.inserted = result.inserted();
        this.updated = result.updated();
        this.unchanged = result.unchanged();
    }
}
