package org.atazan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.atazan.platform.security.SignInThrottledException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page for everyone with an account (citizens, secretariat, commission, election officials),
 * with the national identity's button when one is configured. After a sign-in
 * refused for too many failures it says how long to wait (429, with Retry-After for scripts).
 */
@Controller
class LoginController {
    private final boolean nationalIdentity;

    LoginController(org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> clients) {
        var repository = clients.getIfAvailable();
        this.nationalIdentity = repository != null && repository.findByRegistrationId("national") != null;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("nationalIdentity", nationalIdentity);
        HttpSession session = request.getSession(false);
        if (request.getParameter("throttled") != null && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException t) {
            model.addAttribute("waitMinutes", t.retryAfterMinutes());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(t.retryAfterSeconds()));
        }
        return "platform/login";
    }
}
