package kr.openapi.charging.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an operator's JSON body (the raw bytes: the signature may cover them) into its record and checks it; a
 * refusal is a 400 whose message names every wrong field and what is wrong with it.
 */
@ApplicationScoped
public class BodyReader {

    private final ObjectMapper json;
    private final Validator validator;

    public BodyReader(ObjectMapper json, Validator validator) {
        // A fraction where the seed has an integer (a status of 3.7) is a wrong value, not one to round down.
        this.json = json.copy().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.validator = validator;
    }

    public <T> T read(byte[] body, Class<T> type) {
        T value = parse(body, json.constructType(type));
        if (value == null) {
            throw PlatformFailure.badRequest("the body must be a JSON object");
        }
        check(value);
        return value;
    }

    /** A JSON array of at most {@code max} items, each checked; a wrong item is named by its index. */
    public <T> List<T> readList(byte[] body, Class<T> type, int max) {
        List<T> items = parse(body, json.getTypeFactory().constructCollectionType(List.class, type));
        if (items == null) {
            throw PlatformFailure.badRequest("the body must be a JSON array");
        }
        if (items.size() > max) {
            throw PlatformFailure.badRequest("at most " + max + " items in one list, not " + items.size());
        }
        return items;
    }

    /** One item (a JSON object) or a list of at most {@code max} (a JSON array), as a list. */
    public <T> List<T> readOneOrList(byte[] body, Class<T> type, int max) {
        for (byte b : body == null ? new byte[0] : body) {
            if (!Character.isWhitespace(b)) {
                return b == '[' ? readList(body, type, max) : List.of(read(body, type));
            }
        }
        return List.of(read(body, type));
    }

    private void check(Object value) {
        String problems = describe(validator.validate(value));
        if (!problems.isEmpty()) {
            throw PlatformFailure.badRequest(problems);
        }
    }

    private <T> T parse(byte[] body, JavaType type) {
        if (body == null || body.length == 0) {
            throw PlatformFailure.badRequest("the body is empty: JSON expected");
        }
        if (containsNul(body)) {
            // No text the platform stores may hold a NUL (PostgreSQL refuses it): refused here, with a reason.
            throw PlatformFailure.badRequest("the body contains a NUL character (\\u0000)");
        }
        try {
            return json.readValue(body, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw PlatformFailure.badRequest(field.isEmpty() ? "the body does not have the expected shape"
                    : field + ": wrong type of value");
        } catch (JacksonException e) {
            throw PlatformFailure.badRequest("the body is not well-formed JSON");
        } catch (IOException e) {
            throw PlatformFailure.badRequest("the body could not be read");
        }
    }

    /** A NUL byte or a JSON \\u0000 escape: no text the platform stores may hold one. */
    public static boolean containsNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
                    && body[i + 4] == '0' && body[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        return sorted.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.joining("; "));
    }
}
