package org.anlan.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients, and who the caller is. */
@RestController
@Tag(name = "auth", description = "登录与令牌 Tokens and the current user")
class AuthApiController {

    record TokenRequest(@NotNull @Size(max = 100) String username, @NotNull @Size(max = 200) String password) {
    }

    record TokenResponse(String token, Instant expiresAt, String username, String role, String townshipCode) {
    }

    record Me(String username, String displayName, String role, String roleCode, String townshipCode) {
    }

    private final Authenticator authenticator;
    private final ApiTokens tokens;
    private final AuditTrail audit;

    AuthApiController(Authenticator authenticator, ApiTokens tokens, AuditTrail audit) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping("/api/auth/token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        Actor actor;
        try {
            actor = authenticator.authenticate(request.username(), request.password());
        } catch (LockedException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "AUTH_ACCOUNT_LOCKED", "error.auth.locked");
        } catch (DisabledException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "AUTH_ACCOUNT_DISABLED", "error.auth.disabled");
        } catch (AuthenticationException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "AUTH_INVALID_CREDENTIALS", "error.auth.invalidCredentials");
        }
        ApiTokens.IssuedToken issued = tokens.issue(actor);
        audit.recordAs(actor.username(), actor.role().name(), AuditRecord.of("TOKEN_ISSUE", "User", actor.username()));
        return new TokenResponse(issued.token(), issued.expiresAt(), actor.username(), actor.role().code(),
                actor.townshipCode());
    }

    @PostMapping("/api/auth/logout")
    @Operation(summary = "Revoke the bearer token of this call")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(header.substring(7).trim());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/identity/me")
    @Operation(summary = "The signed-in user")
    Me me() {
        Actor actor = CurrentActor.require();
        return new Me(actor.username(), actor.displayName(), actor.role().name(), actor.role().code(), actor.townshipCode());
    }
}
