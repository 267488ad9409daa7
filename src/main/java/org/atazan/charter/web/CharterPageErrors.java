package org.atazan.charter.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A charter page's refusals (no such article, a version compared with itself) as the platform's error
 * page does, with the status, but saying that the reason, which the core gives in English only, is in
 * English: a Kazakh or Russian reader is not left guessing why the page is in another language.
 */
@ControllerAdvice(assignableTypes = {ArticlePage.class, CharterPages.class, ComparisonPage.class, HomePage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CharterPageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, e.getMessage(), model, response);
    }

    @ExceptionHandler(BadInputException.class)
    String badInput(BadInputException e, Model model, HttpServletResponse response) {
        return page(422, e.getMessage(), model, response);
    }

    private static String page(int status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        return "charter/error";
    }
}
