package kr.openapi.charging.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.StatusReport;
import kr.openapi.charging.repository.OutboxRepository.PendingCall;

/**
 * What an operator answers to a delivered callback. Only a status query expects content: its answer is a status
 * report (an object, a list of them, or either under {@code data}) and is stored as if the operator had reported it,
 * by the same rules (a wrong report is rejected and called back through reportFailure). An answer that is not such
 * JSON counts as a failed call, and the query is asked again later.
 */
@ApplicationScoped
public class CellStatusAnswers {

    static final int MAX_REPORTS = 1000;

    private final StatusIngest ingest;
    private final ObjectMapper json;

    public CellStatusAnswers(StatusIngest ingest, ObjectMapper json) {
        this.ingest = ingest;
        this.json = json;
    }

    /** The outcome of a delivered call: {@code SUCCESS}, or {@code BAD_ANSWER}. */
    public Uni<String> handle(PendingCall call, Buffer body) {
        if (!"cellStatusQuery".equals(call.type())) {
            return Uni.createFrom().item(CallbackDispatcher.SUCCESS);
        }
        List<StatusReport> reports = reports(body);
        if (reports == null) {
            return Uni.createFrom().item("BAD_ANSWER");
        }
        return ingest.report(call.operatorId(), reports).replaceWith(CallbackDispatcher.SUCCESS);
    }

    private List<StatusReport> reports(Buffer body) {
        byte[] bytes = body.getBytes();
        if (bytes.length == 0 || BodyReader.containsNul(bytes)) {
            return null;
        }
        try {
            JsonNode answer = json.readTree(bytes);
            if (answer != null && answer.isObject() && answer.has("data") && !answer.has("cellId")) {
                answer = answer.get("data");
            }
            if (answer == null || !(answer.isObject() || answer.isArray()) || answer.isEmpty() || answer.size() > MAX_REPORTS) {
                return null;
            }
            List<StatusReport> reports = new ArrayList<>();
            for (JsonNode item : answer.isArray() ? answer : List.of(answer)) {
                reports.add(json.treeToValue(item, StatusReport.class));
            }
            return reports;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
