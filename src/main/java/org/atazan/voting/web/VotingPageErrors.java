package org.atazan.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.kernel.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An unknown vote or place on a voting page: the platform's error page, saying so in the reader's
 * language rather than with the core's developer message.
 */
@ControllerAdvice(assignableTypes = {ResultPages.class, AnalysisPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VotingPageErrors {
    private final MessageSource messages;

    VotingPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("detail", messages.getMessage("voting.notFound", null, VotingFormat.locale()));
        return "error";
    }
}
