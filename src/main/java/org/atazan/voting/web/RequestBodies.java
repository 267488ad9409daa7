package org.atazan.voting.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.atazan.kernel.BadInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Request bodies of a fixed shape, bound to records and checked with Bean Validation. Every message
 * names the item (from 1) and the field, as the other input errors of the API do, and is a 422: the
 * official sees at once which line of a long array to fix.
 */
@Component
class RequestBodies {
    private final ObjectMapper json;
    private final Validator validator;

    RequestBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * Reads a body as a JSON tree whose decimals are kept exactly: read as doubles, 1e-99999 would be
     * 0.0 and 1e400 infinity before any check could see them.
     */
    JsonNode tree(String body) {
        if (body == null || body.isBlank()) throw new BadInputException("request body: missing");
        try {
            return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (JacksonException e) {
            throw new BadInputException("request body: not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Binds and checks a JSON object, e.g. "field titles.en: expected String: {"x":1}". */
    <T> T one(JsonNode body, Class<T> type, String expected) {
        if (body == null || !body.isObject()) throw new BadInputException("request body: expected a JSON object " + expected);
        T value = bind(body, type, "");
        refuse(validator.validate(value), "");
        return value;
    }

    /** Binds and checks every item of a JSON array, e.g. item "report": "report 2, field percent: missing". */
    <T> List<T> list(JsonNode body, Class<T> type, String item) {
        if (body == null || !body.isArray()) throw new BadInputException("request body: expected an array, one object per " + item);
        List<T> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            String where = item + " " + (i + 1) + ", ";
            if (!body.get(i).isObject()) throw new BadInputException(where + "expected a JSON object");
            T value = bind(body.get(i), type, where);
            refuse(validator.validate(value), where);
            out.add(value);
        }
        return out;
    }

    private <T> T bind(JsonNode node, Class<T> type, String where) {
        try {
            // 1.5 is no count of people: fractions are refused, not cut.
            return json.readerFor(type).without(DeserializationFeature.ACCEPT_FLOAT_AS_INT).readValue(node);
        } catch (JacksonException e) {
            // Whatever went wrong (a wrong type, a number out of its range), the message names the field.
            String field = e.getPath().stream().map(r -> r.getPropertyName() == null ? "[" + (r.getIndex() + 1) + "]" : r.getPropertyName())
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (field.isEmpty()) throw new BadInputException(where + "not readable: " + e.getOriginalMessage());
            throw new BadInputException(where + "field " + field + ": " + expected(e) + value(node, e));
        }
    }

    private static String expected(JacksonException e) {
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) return "out of range";
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) return "not valid";
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class) return "not a whole number";
        if (target == BigDecimal.class || target == Double.class || target == double.class) return "not a number";
        if (target == LocalTime.class) return "expected \"HH:MM\"";
        return "expected " + target.getSimpleName();
    }

    private static String value(JsonNode node, JacksonException e) {
        JsonNode v = node;
        for (var ref : e.getPath()) v = v == null ? null : ref.getPropertyName() != null ? v.get(ref.getPropertyName()) : v.get(ref.getIndex());
        return v == null ? "" : ": " + ProtocolJson.shown(v);
    }

    private static <T> void refuse(java.util.Set<ConstraintViolation<T>> violations, String where) {
        if (violations.isEmpty()) return;
        throw new BadInputException(violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> where + "field " + v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.joining("; ")));
    }
}
