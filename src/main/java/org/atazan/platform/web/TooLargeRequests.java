package org.atazan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body over its limit answers 413: a problem on the API, the site's error page on forms. Global
 * (no selector), because an oversized multipart body fails before any handler is chosen; answered
 * here rather than through the error dispatch, which would try to read the multipart body again.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooLargeRequests {
    private final DataSize uploadLimit;

    TooLargeRequests(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, RequestSizeLimit.TooLarge.class})
    ModelAndView tooLarge(Exception e, HttpServletRequest request) {
        String detail = e instanceof MaxUploadSizeExceededException m ? uploadLimit(m) : e.getMessage();
        ModelAndView answer;
        if (request.getRequestURI().startsWith("/api/")) {
            JacksonJsonView json = new JacksonJsonView();
            json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.setExtractValueFromSingleKeyModel(true);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Request too large");
            problem.put("status", 413);
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            answer = new ModelAndView(json, Map.of("problem", problem));
        } else {
            answer = new ModelAndView("error", Map.of("status", 413, "detail", detail));
        }
        answer.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return answer;
    }

    private String uploadLimit(MaxUploadSizeExceededException e) {
        long max = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : uploadLimit.toBytes();
        return "the upload is larger than the limit of " + DataSize.ofBytes(max).toMegabytes()
                + " MB (settings spring.servlet.multipart.max-file-size and max-request-size)";
    }

    /**
     * "100 Continue" only when the application starts reading the body: a client that waits for it
     * (curl does, for big bodies) gets a refusal of a declared oversized body without sending it.
     */
    @Bean
    TomcatConnectorCustomizer continueOnRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
