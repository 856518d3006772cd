package org.anlan.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration (administrators only). */
@RestController
@RequestMapping("/api/identity")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "identity", description = "用户管理 User administration")
class UsersApiController {

    record UserRequest(@NotBlank @Size(max = 40) String username, @Size(max = 60) String displayName,
                       @NotBlank String role, String townshipCode, UUID organisationId, @Size(max = 128) String password) {
    }

    private final UserManagement users;

    UsersApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/users")
    @Operation(summary = "All users")
    List<UserSummary> list() {
        return users.list();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user; without a password one is generated and returned once")
    CreatedUser create(@Valid @RequestBody UserRequest request) {
        Role role = Role.parse(request.role())
                .orElseThrow(() -> ApiException.badRequest("USER_ROLE_INVALID", "error.user.roleInvalid"));
        return users.create(new NewUser(request.username(), request.displayName(), role, request.townshipCode(),
                request.organisationId(), request.password()));
    }

    @PostMapping("/users/{username}/unlock")
    @Operation(summary = "Clear failed logins and the lock of a user")
    UserSummary unlock(@PathVariable String username) {
        return users.unlock(username);
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations")
    List<Organisation> organisations() {
        return users.organisations();
    }
}
