package org.anlan.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form is processed by Spring Security. */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
