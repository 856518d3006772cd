package org.anlan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navigation needs: the capabilities, the signed-in actor and the current path. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    @ModelAttribute("navigation")
    Capability[] navigation() {
        return Capability.values();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
