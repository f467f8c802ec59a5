package kr.openapi.guide.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import kr.openapi.guide.mapping.GuideElement;

/** Schemas of one OpenAPI document, read as a guide lists them: elements with their path, type and description. */
final class SchemaElements {

    /** Deep enough for every answer here ({@code data.items[].x}); a schema that contains itself stops here. */
    private static final int MAX_DEPTH = 5;

    private final JsonNode document;

    SchemaElements(JsonNode document) {
        this.document = document;
    }

    /** The node a {@code $ref} points to (within the document), or the node itself. */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 10) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /** Every element of a body of this schema, flattened depth first. */
    List<GuideElement> elements(JsonNode schema) {
        List<GuideElement> elements = new ArrayList<>();
        collect(resolve(schema), "", 0, elements);
        return List.copyOf(elements);
    }

    private void collect(JsonNode schema, String prefix, int depth, List<GuideElement> into) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (isArray(schema)) {
            collect(resolve(schema.path("items")), prefix, depth, into);
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (JsonNode part : schema.path("allOf")) {
            JsonNode resolved = resolve(part);
            resolved.path("required").forEach(name -> required.add(name.asText()));
            properties(resolved, prefix, depth, required, into);
        }
        properties(schema, prefix, depth, required, into);
    }

    private void properties(JsonNode schema, String prefix, int depth, Set<String> required, List<GuideElement> into) {
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode declared = property.getValue();
            JsonNode value = resolve(declared);
            boolean array = isArray(value);
            String name = (prefix.isEmpty() ? "" : prefix + ".") + property.getKey() + (array ? "[]" : "");
            String description = declared.path("description").asText(value.path("description").asText(""));
            into.add(new GuideElement(name, depth, required.contains(property.getKey()), typeOf(value), description));
            JsonNode nested = array ? resolve(value.path("items")) : value;
            if (nested.has("properties") || nested.has("allOf")) {
                collect(nested, name, depth + 1, into);
            }
        }
    }

    private static boolean isArray(JsonNode schema) {
        return types(schema).contains("array");
    }

    /** OpenAPI 3.1 writes {@code type} as a name or a list of names ({@code ["string", "null"]}). */
    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText).filter(t -> !t.equals("null")).toList();
        }
        return type.isMissingNode() ? List.of() : List.of(type.asText());
    }

    /** {@code string(10)}, {@code integer(int64)}, {@code string: A | B}, {@code object}, as a guide's table writes it. */
    String typeOf(JsonNode schema) {
        List<String> types = types(schema);
        String type = types.isEmpty() ? (schema.has("properties") ? "object" : "string") : String.join("|", types);
        if (type.equals("array")) {
            String items = typeOf(resolve(schema.path("items")));
            return "array of " + items;
        }
        StringBuilder label = new StringBuilder(type);
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            int min = schema.path("minLength").asInt(-1);
            label.append('(').append(min == max ? Integer.toString(max) : (min > 0 ? min + "~" : "") + max).append(')');
        } else if (schema.has("format") && !type.equals("string")) {
            label.append('(').append(schema.get("format").asText()).append(')');
        } else if (schema.has("format")) {
            label.append(" (").append(schema.get("format").asText()).append(')');
        }
        if (schema.has("enum")) {
            label.append(": ").append(StreamSupport.stream(schema.get("enum").spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(" | ")));
        }
        if (schema.has("pattern") && !schema.get("pattern").asText().equals("\\S")) {
            label.append(" /").append(schema.get("pattern").asText()).append('/');
        }
        return label.toString();
    }
}
