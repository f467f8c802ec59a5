package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.List;

/**
 * Reads a list of elements in either shape an importer may hold: a plain JSON array ({@code "laws":[...]}) or the
 * detail API's own JSON, where the list is wrapped in its element ({@code "laws":{"law":[...]}}, and a single
 * element often unwrapped by XML-to-JSON converters: {@code "laws":{"law":{...}}}). So a detail answer can be
 * imported as it was received.
 */
public final class ElementListDeserializer extends JsonDeserializer<List<?>> implements ContextualDeserializer {

    private final JavaType listType;

    public ElementListDeserializer() {
        this(null);
    }

    private ElementListDeserializer(JavaType listType) {
        this.listType = listType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return new ElementListDeserializer(property.getType());
    }

    @Override
    public List<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        if (node.isObject() && node.size() == 1) {
            JsonNode wrapped = node.elements().next();
            node = wrapped.isArray() ? wrapped : context.getNodeFactory().arrayNode().add(wrapped);
        } else if (node.isObject() && node.isEmpty()) {
            node = context.getNodeFactory().arrayNode();
        }
        if (!(node instanceof ArrayNode)) {
            return context.reportInputMismatch(listType, "%s는 배열이거나 {\"요소\":[...]} 형태여야 합니다", listType);
        }
        return context.readTreeAsValue(node, listType);
    }
}
