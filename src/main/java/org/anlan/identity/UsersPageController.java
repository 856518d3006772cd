package org.anlan.identity;

import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 page for administrators (the path /admin/** is limited to ADMIN by the security configuration). */
@Controller
class UsersPageController {

    private final UserManagement users;

    UsersPageController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", users.organisations());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam(required = false) String displayName,
                  @RequestParam String role, @RequestParam(required = false) String townshipCode,
                  RedirectAttributes redirect) {
        try {
            Role parsed = Role.parse(role).orElseThrow(() -> ApiException.badRequest("USER_ROLE_INVALID", "error.user.roleInvalid"));
            CreatedUser created = users.create(new NewUser(username, displayName, parsed, townshipCode, null, null));
            redirect.addFlashAttribute("created", created);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username) {
        users.unlock(username);
        return "redirect:/admin/users";
    }
}
