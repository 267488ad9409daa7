package org.atazan.voting.web;

import org.atazan.voting.ResultAlreadyPublished;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The voting API's own refusals as RFC 9457 problems; bad input and unknown votes are the platform's. */
@RestControllerAdvice(basePackageClasses = VotingProblems.class)
class VotingProblems {

    @ExceptionHandler(ResultAlreadyPublished.class)
    ProblemDetail alreadyPublished(ResultAlreadyPublished e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Already published");
        return p;
    }

    @ExceptionHandler(NotAssignedToVote.class)
    ProblemDetail notAssigned(NotAssignedToVote e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Not assigned to this vote");
        p.setProperty("vote", e.vote());
        return p;
    }
}
