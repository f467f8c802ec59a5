package kr.openapi.deploy.testing;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations a service's own OpenAPI document describes, so that tests walk every endpoint the service has,
 * including the ones added after the test was written.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /**
     * One operation.
     *
     * @param method      GET, POST, ...
     * @param template    the path as documented, with {@code {parameters}}
     * @param path        the path with every parameter filled with a plausible value
     * @param contentType the first media type its request body takes; null when it takes none
     * @param query       its documented query parameters: name and schema type ("string", "integer", ...)
     * @param required    the names of its required query parameters
     * @param bodyFields  the fields of its JSON body (or of one element of a JSON array body) and their schema types
     */
    public record Operation(String method, String template, String path, String contentType, Map<String, String> query,
                            Set<String> required, Map<String, String> bodyFields) {

        /** "GET /openapi/svc/list", as public operations are listed. */
        public String name() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private OpenApiOperations() {
    }

    /** The operations of a document in its JSON form ({@code /q/openapi?format=json}). */
    @SuppressWarnings("unchecked")
    public static List<Operation> of(String document) {
        JsonPath json = JsonPath.from(document);
        Map<String, Map<String, Object>> paths = json.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((template, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            List<Map<String, Object>> parameters = new ArrayList<>();
            addAll(parameters, item.get("parameters"));
            addAll(parameters, operation.get("parameters"));
            Map<String, String> pathValues = new java.util.HashMap<>();
            Map<String, String> query = new java.util.LinkedHashMap<>();
            Set<String> required = new java.util.HashSet<>();
            for (Map<String, Object> parameter : parameters) {
                String name = String.valueOf(parameter.get("name"));
                Map<String, Object> schema = parameter.get("schema") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                if ("path".equals(parameter.get("in"))) {
                    pathValues.put(name, sampleValue(schema));
                } else if ("query".equals(parameter.get("in"))) {
                    query.put(name, String.valueOf(schema.getOrDefault("type", "string")));
                    if (Boolean.TRUE.equals(parameter.get("required"))) {
                        required.add(name);
                    }
                }
            }
            Matcher matcher = PATH_PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1).split(":")[0];
                matcher.appendReplacement(path, Matcher.quoteReplacement(pathValues.getOrDefault(name, "1")));
            }
            matcher.appendTail(path);
            String contentType = null;
            Map<String, String> bodyFields = Map.of();
            if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                    && !content.isEmpty()) {
                contentType = String.valueOf(content.keySet().iterator().next());
                if (content.get(contentType) instanceof Map<?, ?> media && media.get("schema") instanceof Map<?, ?> schema) {
                    bodyFields = fieldsOf(json, (Map<String, Object>) schema);
                }
            }
            operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, path.toString(), contentType, query, required,
                    bodyFields));
        }));
        return operations;
    }

    /** Field names and types of an object schema, following {@code $ref} and array items. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldsOf(JsonPath document, Map<String, Object> schema) {
        for (int depth = 0; depth < 5; depth++) {
            if (schema.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
                Object resolved = document.getMap("components.schemas").get(ref.substring("#/components/schemas/".length()));
                schema = resolved instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            } else if ("array".equals(schema.get("type")) && schema.get("items") instanceof Map<?, ?> items) {
                schema = (Map<String, Object>) items;
            } else {
                break;
            }
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> fields.put(String.valueOf(name),
                    property instanceof Map<?, ?> p ? String.valueOf(p.get("type")) : "object"));
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static void addAll(List<Map<String, Object>> into, Object parameters) {
        if (parameters instanceof List<?> list) {
            list.forEach(p -> into.add((Map<String, Object>) p));
        }
    }

    /** A value a path parameter accepts: the first alternative of its pattern or enum, else a number. */
    private static String sampleValue(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        if (schema.get("pattern") instanceof String pattern && pattern.matches("\\^?[\\w-]+(\\|[\\w-]+)*\\$?")) {
            return pattern.replace("^", "").replace("$", "").split("\\|")[0];
        }
        return "1";
    }
}
