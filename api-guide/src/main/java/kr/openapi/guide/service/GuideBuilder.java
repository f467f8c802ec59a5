package kr.openapi.guide.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.CodeTable;
import kr.openapi.guide.mapping.GuideElement;
import kr.openapi.guide.mapping.GuideOperation;
import kr.openapi.guide.mapping.GuideParameter;

/**
 * Reads one service's OpenAPI document (as Quarkus stores it at build) into the guides of the products it serves.
 *
 * <p>Which product an operation belongs to comes from the document's security requirements, which Quarkus writes
 * from each resource's {@code @RolesAllowed}: {@code key:ev-charger} puts it in the {@code ev-charger} guide. Staff
 * operations (admin, member, gateway) are in no member's guide. A public operation (no requirement) goes to the
 * product whose keyed operations share its first path segment ({@code /ev/public/..} with {@code /ev/..}); one that
 * fits no product fails the build, so that nothing a caller can reach is left out of every guide.
 */
public final class GuideBuilder {

    /** Groups whose operations are the portal staff's or the gateway's, not a key holder's. */
    static final Set<String> STAFF = Set.of("admin", "member", "gateway");
    private static final String KEY_OF = "key:";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;
    private final SchemaElements schemas;

    public GuideBuilder(JsonNode document) {
        this.document = document;
        this.schemas = new SchemaElements(document);
    }

    /** The guides of every product the document serves, by product code. */
    public Map<String, ApiGuide> guides() {
        Map<String, List<GuideOperation>> byProduct = new TreeMap<>();
        List<Found> publicOperations = new ArrayList<>();
        for (Found found : operations()) {
            if (found.roles == null) {
                publicOperations.add(found);
                continue;
            }
            for (String role : found.roles) {
                if (role.startsWith(KEY_OF)) {
                    byProduct.computeIfAbsent(role.substring(KEY_OF.length()), p -> new ArrayList<>()).add(operation(found, false));
                } else if (!STAFF.contains(role)) {
                    throw new IllegalStateException(found.name() + " is for callers in group '" + role
                            + "', which names no product and no staff; say in the guide generator where it belongs");
                }
            }
        }
        for (Found found : publicOperations) {
            String product = productSharingFirstSegment(found.path, byProduct);
            byProduct.get(product).add(operation(found, true));
        }
        Map<String, ApiGuide> guides = new LinkedHashMap<>();
        List<CodeTables.Declared> tables = new CodeTables(document).all();
        byProduct.forEach((product, operations) -> {
            operations.sort(Comparator.comparing(GuideOperation::path).thenComparing(o -> METHODS.indexOf(o.method().toLowerCase())));
            guides.put(product, new ApiGuide(product, document.path("info").path("title").asText(""),
                    document.path("info").path("version").asText(""), List.copyOf(operations),
                    CodeTables.applyingTo(tables, operations)));
        });
        return guides;
    }

    private static String productSharingFirstSegment(String path, Map<String, List<GuideOperation>> byProduct) {
        String segment = firstSegment(path);
        List<String> candidates = byProduct.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(o -> !o.publicAccess() && firstSegment(o.path()).equals(segment)))
                .map(Map.Entry::getKey).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("The public operation on " + path + " shares its first path segment with the keyed "
                    + "operations of " + (candidates.isEmpty() ? "no product" : candidates) + "; it must be exactly one, so the "
                    + "operation can be placed in a product's guide");
        }
        return candidates.get(0);
    }

    private static String firstSegment(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path : path.substring(0, end);
    }

    private List<Found> operations() {
        List<Found> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    found.add(new Found(method.toUpperCase(), path.getKey(), operation, path.getValue().path("parameters"),
                            roles(operation)));
                }
            }
        }
        return found;
    }

    /** The groups allowed to call; null for a public operation. */
    private static List<String> roles(JsonNode operation) {
        JsonNode security = operation.get("security");
        if (security == null || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : security) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        return roles;
    }

    private GuideOperation operation(Found found, boolean publicAccess) {
        JsonNode op = found.operation;
        List<GuideParameter> parameters = new ArrayList<>();
        for (JsonNode declared : List.of(found.pathParameters, op.path("parameters"))) {
            for (JsonNode parameter : declared) {
                GuideParameter read = parameter(schemas.resolve(parameter));
                if (read != null) {
                    parameters.add(read);
                }
            }
        }
        JsonNode requestContent = schemas.resolve(op.path("requestBody")).path("content");
        List<String> requestTypes = mediaTypes(requestContent);
        JsonNode requestSchema = requestTypes.isEmpty() ? null : requestContent.path(requestTypes.get(0)).path("schema");
        List<GuideElement> requestBody = requestSchema == null ? List.of() : schemas.elements(requestSchema);
        JsonNode success = successResponse(op.path("responses"));
        JsonNode responseContent = success.path("content");
        List<String> responseTypes = mediaTypes(responseContent);
        List<GuideElement> response = List.of();
        for (String type : responseTypes) {
            JsonNode schema = responseContent.path(type).path("schema");
            if (!schema.isMissingNode()) {
                response = schemas.elements(schema);
                break;
            }
        }
        List<GuideParameter> read = List.copyOf(parameters);
        return new GuideOperation(found.method, found.path, op.path("summary").asText(""), op.path("description").asText(""),
                publicAccess, read, requestTypes, requestBody, responseTypes, response,
                new ExampleWriter(schemas).examples(found.method, found.path, publicAccess, read,
                        requestTypes.isEmpty() ? null : requestTypes.get(0), requestSchema));
    }

    /** Null for what a caller does not send themselves (the HTTP framing). */
    private GuideParameter parameter(JsonNode parameter) {
        String in = parameter.path("in").asText("");
        String name = parameter.path("name").asText("");
        if (in.equals("cookie") || (in.equals("header") && name.equalsIgnoreCase("Content-Length"))) {
            return null;
        }
        JsonNode schema = schemas.resolve(parameter.path("schema"));
        String example = parameter.has("example") ? parameter.get("example").asText()
                : schema.has("example") ? schema.get("example").asText()
                : schema.has("default") ? schema.get("default").asText() : null;
        return new GuideParameter(name, in, parameter.path("required").asBoolean(false), schemas.typeOf(schema),
                parameter.path("description").asText(schema.path("description").asText("")), example);
    }

    private static List<String> mediaTypes(JsonNode content) {
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        return types;
    }

    private static JsonNode successResponse(JsonNode responses) {
        Iterator<Map.Entry<String, JsonNode>> all = responses.fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> response = all.next();
            if (response.getKey().startsWith("2")) {
                return response.getValue();
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private record Found(String method, String path, JsonNode operation, JsonNode pathParameters, List<String> roles) {
        String name() {
            return method + " " + path;
        }
    }
}
