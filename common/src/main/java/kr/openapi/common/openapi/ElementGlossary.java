package kr.openapi.common.openapi;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes a protocol's elements in the OpenAPI document from one glossary (the seed's field tables, by element
 * name), so that a name the seed defines once is described wherever it appears: every schema property and every
 * parameter of that name without a description of its own. A description written on the code stays.
 */
public final class ElementGlossary {

    private final Map<String, String> descriptions;

    public ElementGlossary(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
    }

    public void describe(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> walk(schema, seen));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            describeParameters(operation);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> walk(media.getSchema(), seen));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().filter(response -> response.getContent() != null)
                        .forEach(response -> response.getContent().getMediaTypes().values().forEach(media -> walk(media.getSchema(), seen)));
            }
        }));
    }

    private void describeParameters(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> isBlank(parameter.getDescription()) && descriptions.containsKey(parameter.getName()))
                    .forEach(parameter -> parameter.setDescription(descriptions.get(parameter.getName())));
        }
    }

    private void walk(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (isBlank(property.getDescription()) && descriptions.containsKey(name)) {
                    property.setDescription(descriptions.get(name));
                }
                walk(property, seen);
            });
        }
        walk(schema.getItems(), seen);
        walkAll(schema.getAllOf(), seen);
    }

    private void walkAll(Collection<Schema> schemas, Set<Schema> seen) {
        if (schemas != null) {
            schemas.forEach(schema -> walk(schema, seen));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
