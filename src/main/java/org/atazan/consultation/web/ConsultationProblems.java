package org.atazan.consultation.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The consultation API's own problems: a rate limit reached is a 429 saying which limit, with Retry-After;
 * a reaction that is not agree, disagree or pass is a 400 naming the field. */
@RestControllerAdvice(basePackageClasses = ConsultationProblems.class)
class ConsultationProblems {

    @ExceptionHandler(ConsultationRateLimits.TooMany.class)
    ResponseEntity<ProblemDetail> tooMany(ConsultationRateLimits.TooMany e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds))
                .body(p);
    }

    @ExceptionHandler(ReactionApi.UnknownReaction.class)
    ProblemDetail unknownReaction(ReactionApi.UnknownReaction e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad request");
        return p;
    }
}
