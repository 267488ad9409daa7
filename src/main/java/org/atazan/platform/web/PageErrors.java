package org.atazan.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page's errors as a readable page in the reader's language, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("detail", e.getMessage());
        return "error";
    }

    @ExceptionHandler(BadInputException.class)
    String badInput(BadInputException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("status", 422);
        model.addAttribute("detail", e.getMessage());
        return "error";
    }
}
