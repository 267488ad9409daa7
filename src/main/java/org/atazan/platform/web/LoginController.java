package org.atazan.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page for the secretariat, commission members and election officials. */
@Controller
class LoginController {
    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
