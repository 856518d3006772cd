package org.anlan.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The shell around every capability: the home page and the placeholder of capabilities still being built. */
@Controller
class ShellController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("capabilities", Capability.values());
        return "home";
    }

    @GetMapping("/capabilities/{key}")
    String capability(@PathVariable String key, Model model) {
        Capability capability = Capability.byKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("capability", capability);
        return "capability";
    }

}
