package org.atazan.charter.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.atazan.kernel.BadInputException;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a request record against its Bean Validation constraints. Called in the handler, after
 * {@code @PreAuthorize} (not with {@code @Valid}, which runs before it), so that a caller without the
 * right learns nothing about the input; a refusal is a {@link BadInputException} (422) naming each field.
 */
final class RequestChecks {
    private RequestChecks() {
    }

    static <T> T valid(Validator validator, T request, String expected) {
        if (request == null) throw new BadInputException("request body: expected " + expected);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) return request;
        Map<String, Set<String>> byField = new TreeMap<>();
        for (ConstraintViolation<T> v : violations) {
            byField.computeIfAbsent(field(v.getPropertyPath()), k -> new TreeSet<>()).add(v.getMessage());
        }
        throw new BadInputException(byField.entrySet().stream()
                .map(e -> "field '" + e.getKey() + "': " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ")));
    }

    /** "titles[ru]" for a map value, "id" for a component: the names a client wrote. */
    static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) sb.append('[').append(n.getKey() != null ? n.getKey() : n.getIndex()).append(']');
            String name = n.getName();
            if (name != null && !name.startsWith("<")) sb.append(sb.isEmpty() ? "" : ".").append(name);
        }
        return sb.toString();
    }
}
