package org.atazan.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.net.URI;
import java.util.Map;

/**
 * Errors that no controller handled (unknown URL, a bad parameter): a page for a person, an RFC 9457
 * problem for the API and for clients that do not ask for HTML.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return new ModelAndView("forward:/error/problem");
        }
        return new ModelAndView("error", Map.of("status", status.value(), "detail", detail(request, status)), status);
    }

    @RequestMapping({"/error", "/error/problem"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail(request, status));
        p.setTitle(status.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) p.setInstance(URI.create(uri.toString().replace(" ", "%20")));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus s = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
    }

    private static String detail(HttpServletRequest request, HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "Nothing here: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        if (status.is5xxServerError()) return "Something went wrong on our side. It has been logged.";
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message == null || message.toString().isBlank() ? status.getReasonPhrase() : message.toString();
    }
}
