package kr.openapi.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.common.result.ResultCode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A protocol's result codes written into the service's OpenAPI document, from the very enum the service answers
 * with, so that readers of the document (and the portal's usage guide generated from it, module {@code api-guide})
 * see the codes a call can answer. The table is a string schema listing the codes, with an {@code x-result-codes}
 * extension: the element that carries them, the path prefixes whose answers do, and each code's message.
 */
public final class ResultCodeTable {

    private final String element;
    private final List<String> paths;
    private final Map<String, String> codes = new LinkedHashMap<>();

    private ResultCodeTable(String element, List<String> paths) {
        this.element = element;
        this.paths = List.copyOf(paths);
    }

    /** A table of codes carried in {@code element} by the answers of operations under {@code paths}. */
    public static ResultCodeTable of(String element, String... paths) {
        return new ResultCodeTable(element, List.of(paths));
    }

    /** The public data portal's codes ({@code resultCode}; the gateway's refusals carry the same codes). */
    public static ResultCodeTable standard(String element, String... paths) {
        ResultCodeTable table = of(element, paths);
        for (ResultCode code : ResultCode.values()) {
            table.code(code.code(), code.message());
        }
        return table;
    }

    public ResultCodeTable code(String code, String message) {
        codes.put(code, message);
        return this;
    }

    /** Adds the table to the document's schemas under {@code name}. */
    public void addTo(OpenAPI openAPI, String name, String description) {
        List<Object> values = new ArrayList<>(codes.keySet());
        List<Map<String, String>> listed = new ArrayList<>();
        codes.forEach((code, message) -> listed.add(Map.of("code", code, "message", message)));
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(values).description(description)
                .addExtension("x-result-codes", Map.of("element", element, "paths", paths, "codes", listed));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(name, schema);
    }
}
