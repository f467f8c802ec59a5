package kr.openapi.guide.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kr.openapi.guide.mapping.GuideExample;
import kr.openapi.guide.mapping.GuideParameter;

/**
 * Ready-to-run calls of an operation, in curl and in Python (standard library only, so nothing to install). The key
 * goes in the {@code serviceKey} query parameter, which every route of the gateway reads; where the tool encodes
 * the query itself the raw key is written ({@code {serviceKey}}), elsewhere the percent-encoded one
 * ({@code {serviceKeyEncoded}}). Values are the document's examples or defaults; a required parameter without one
 * is written {@code <name>} for the caller to fill.
 */
final class ExampleWriter {

    private static final String BASE_URL = GuideExample.BASE_URL;
    private static final String KEY = GuideExample.KEY;
    private static final String KEY_ENCODED = GuideExample.KEY_ENCODED;
    private static final int MAX_SAMPLE_DEPTH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaElements schemas;

    ExampleWriter(SchemaElements schemas) {
        this.schemas = schemas;
    }

    List<GuideExample> examples(String method, String path, boolean publicAccess, List<GuideParameter> parameters, String requestType,
                                JsonNode requestSchema) {
        String target = BASE_URL + pathWithExamples(path, parameters);
        List<String[]> query = new ArrayList<>();
        if (!publicAccess) {
            query.add(new String[] {"serviceKey", KEY});
        }
        for (GuideParameter parameter : parameters) {
            if (parameter.in().equals("query") && (parameter.required() || parameter.example() != null)) {
                query.add(new String[] {parameter.name(), valueOf(parameter)});
            }
        }
        String body = requestSchema == null ? null : sampleBody(requestSchema);
        return List.of(new GuideExample("curl", curl(method, target, query, body, requestType)),
                new GuideExample("Python", python(method, target, query, body, requestType)));
    }

    private static String pathWithExamples(String path, List<GuideParameter> parameters) {
        for (GuideParameter parameter : parameters) {
            if (parameter.in().equals("path") && parameter.example() != null) {
                path = path.replace("{" + parameter.name() + "}", parameter.example());
            }
        }
        return path;
    }

    private static String valueOf(GuideParameter parameter) {
        return parameter.example() != null ? parameter.example() : "<" + parameter.name() + ">";
    }

    private static String curl(String method, String target, List<String[]> query, String body, String type) {
        StringBuilder curl = new StringBuilder("curl");
        if (body == null && method.equals("GET")) {
            curl.append(" -G \"").append(target).append('"');
            for (String[] parameter : query) {
                curl.append(" \\\n  --data-urlencode \"").append(parameter[0]).append('=').append(parameter[1]).append('"');
            }
            return curl.toString();
        }
        curl.append(" -X ").append(method).append(" \"").append(target).append(encodedQuery(query)).append('"');
        if (body != null) {
            curl.append(" \\\n  -H \"Content-Type: ").append(type).append('"');
            curl.append(" \\\n  --data-binary '").append(body.replace("'", "'\\''")).append('\'');
        }
        return curl.toString();
    }

    /** The query written out, the key percent-encoded by whoever fills it in; other values as the document gives them. */
    private static String encodedQuery(List<String[]> query) {
        StringBuilder written = new StringBuilder();
        for (String[] parameter : query) {
            written.append(written.length() == 0 ? '?' : '&').append(parameter[0]).append('=')
                    .append(parameter[1].equals(KEY) ? KEY_ENCODED : URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
        }
        return written.toString();
    }

    private static String python(String method, String target, List<String[]> query, String body, String type) {
        StringBuilder py = new StringBuilder("import urllib.parse\nimport urllib.request\n\n");
        py.append("params = {");
        for (int i = 0; i < query.size(); i++) {
            py.append(i == 0 ? "" : ", ").append(pyString(query.get(i)[0])).append(": ").append(pyString(query.get(i)[1]));
        }
        py.append("}\n");
        py.append("url = ").append(pyString(target)).append(" + (\"?\" + urllib.parse.urlencode(params) if params else \"\")\n");
        if (body == null) {
            py.append("request = urllib.request.Request(url, method=").append(pyString(method)).append(")\n");
        } else {
            // The body as the curl example sends it, in a raw triple-quoted string (no escape is interpreted).
            py.append("body = r'''").append(body.replace("'''", "' ''")).append("'''.encode(\"utf-8\")\n");
            py.append("request = urllib.request.Request(url, data=body, method=").append(pyString(method))
                    .append(", headers={\"Content-Type\": ").append(pyString(type)).append("})\n");
        }
        py.append("with urllib.request.urlopen(request) as answer:\n    print(answer.status, answer.read().decode(\"utf-8\"))\n");
        return py.toString();
    }

    private static String pyString(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A body built from the schema: examples where the document gives them, else an empty value of the type. */
    private String sampleBody(JsonNode schema) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sample(schemas.resolve(schema), 0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("example")) {
            return schema.get("example");
        }
        String type = schemas.typeOf(schema);
        if (type.startsWith("array")) {
            ArrayNode array = nodes.arrayNode();
            if (depth < MAX_SAMPLE_DEPTH) {
                array.add(sample(schemas.resolve(schema.path("items")), depth + 1));
            }
            return array;
        }
        if (schema.has("properties") || schema.has("allOf")) {
            ObjectNode object = nodes.objectNode();
            List<JsonNode> parts = new ArrayList<>();
            schema.path("allOf").forEach(part -> parts.add(schemas.resolve(part)));
            parts.add(schema);
            for (JsonNode part : parts) {
                Iterator<Map.Entry<String, JsonNode>> properties = part.path("properties").fields();
                while (properties.hasNext() && depth < MAX_SAMPLE_DEPTH) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), sample(schemas.resolve(property.getValue()), depth + 1));
                }
            }
            return object;
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (type.startsWith("integer")) {
            return nodes.numberNode(0);
        }
        if (type.startsWith("number")) {
            return nodes.numberNode(0.0);
        }
        if (type.startsWith("boolean")) {
            return nodes.booleanNode(false);
        }
        return nodes.textNode("");
    }
}
