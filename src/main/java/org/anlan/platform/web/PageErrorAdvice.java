package org.anlan.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.anlan.platform.error.ApiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a page (outside the user's township, an unknown record) renders the refusal page with its
 * reason in the user's language. API controllers are answered first by {@code ApiErrorHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        return "refused";
    }
}
