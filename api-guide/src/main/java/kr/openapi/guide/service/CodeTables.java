package kr.openapi.guide.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kr.openapi.guide.mapping.CodeTable;
import kr.openapi.guide.mapping.GuideOperation;

/**
 * The result-code tables a service declares in its document: a schema carrying {@code x-result-codes}
 * ({@code {"element": "resultCode", "paths": ["/ev/"], "codes": [{"code": "00", "message": ".."}]}}), written by the
 * service from the very enum it answers with. {@code paths} names the path prefixes whose answers carry the codes.
 */
final class CodeTables {

    static final String EXTENSION = "x-result-codes";

    private final JsonNode document;

    CodeTables(JsonNode document) {
        this.document = document;
    }

    List<Declared> all() {
        List<Declared> tables = new ArrayList<>();
        document.path("components").path("schemas").forEach(schema -> {
            JsonNode declared = schema.get(EXTENSION);
            if (declared != null) {
                List<CodeTable.Code> codes = new ArrayList<>();
                declared.path("codes").forEach(code -> codes.add(new CodeTable.Code(code.path("code").asText(), code.path("message").asText())));
                List<String> paths = new ArrayList<>();
                declared.path("paths").forEach(path -> paths.add(path.asText()));
                tables.add(new Declared(new CodeTable(declared.path("element").asText(), schema.path("description").asText(""),
                        List.copyOf(codes)), List.copyOf(paths)));
            }
        });
        return tables;
    }

    /** The tables whose paths cover at least one of the operations (all of them when a table names no paths). */
    static List<CodeTable> applyingTo(List<Declared> tables, List<GuideOperation> operations) {
        return tables.stream().filter(table -> table.paths().isEmpty()
                        || operations.stream().anyMatch(o -> table.paths().stream().anyMatch(o.path()::startsWith)))
                .map(Declared::table).toList();
    }

    record Declared(CodeTable table, List<String> paths) {
    }
}
