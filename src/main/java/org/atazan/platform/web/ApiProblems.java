package org.atazan.platform.web;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** The API's errors as RFC 9457 problems that say what was wrong and where. */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    /** A client address holds as many live streams as it may (any module's live page). */
    @ExceptionHandler(org.atazan.platform.LiveStreams.TooManyStreams.class)
    org.springframework.http.ResponseEntity<ProblemDetail> tooManyStreams(org.atazan.platform.LiveStreams.TooManyStreams e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle("Too many live streams");
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "10")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(BadInputException.class)
    ProblemDetail badInput(BadInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle("Input not accepted");
        return p;
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return badRequest("parameter '" + e.getName() + "': '" + e.getValue() + "' is not a valid " + type);
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e) {
        return badRequest("parameter '" + e.getParameterName() + "' (" + e.getParameterType() + ") is missing");
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ProblemDetail missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return badRequest("part '" + e.getRequestPartName() + "' of the multipart request is missing");
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(org.springframework.http.converter.HttpMessageNotReadableException e) {
        RequestSizeLimit.TooLarge tooLarge = tooLarge(e);
        if (tooLarge != null) return payloadTooLarge(tooLarge.getMessage());
        Throwable cause = e.getMostSpecificCause();
        String why = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        String field = cause instanceof tools.jackson.core.JacksonException j ? field(j.getPath()) : "";
        // A value of the wrong type names its field, as every other refusal of a body does.
        if (!field.isEmpty()) return badRequest("field " + field + ": not readable" + (why.isBlank() ? "" : ": " + why));
        return badRequest("request body: not readable" + (why.isBlank() ? "" : ": " + why));
    }

    /** The path of the value Jackson could not read: {@code reaction}, {@code questions[2].yes}; empty at the top. */
    static String field(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var r : path) {
            if (r.getPropertyName() != null) sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.length() > 200 ? sb.substring(0, 200) + "…" : sb.toString();
    }

    /** A request record that breaks its Bean Validation constraints: every field named, in one problem. */
    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(org.springframework.web.bind.MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .sorted(java.util.Comparator.comparing(m -> m.get("field"))).toList();
        return invalid(errors);
    }

    /** Constraints on a handler's parameters (path variables, request parameters, bodies). */
    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(org.springframework.web.method.annotation.HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", r.getMethodParameter().getParameterName() == null ? "?" : r.getMethodParameter().getParameterName(),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        return invalid(errors);
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        String detail = errors.stream().map(m -> "field " + m.get("field") + ": " + m.get("message"))
                .collect(java.util.stream.Collectors.joining("; "));
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        p.setTitle("Input not accepted");
        p.setProperty("errors", errors);
        return p;
    }

    static RequestSizeLimit.TooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.TooLarge tl) return tl;
        }
        return null;
    }

    private static ProblemDetail payloadTooLarge(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        p.setTitle("Request too large");
        return p;
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Bad request");
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }
}
