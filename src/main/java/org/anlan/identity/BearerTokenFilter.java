package org.anlan.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.anlan.platform.security.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}; a bad token is refused at once. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            problems.write(request, response, 401, "AUTH_TOKEN_INVALID", "error.auth.tokenInvalid");
            return;
        }
        Optional<Actor> actor = tokens.resolve(header.substring(7).trim());
        if (actor.isEmpty()) {
            problems.write(request, response, 401, "AUTH_TOKEN_INVALID", "error.auth.tokenInvalid");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(authenticated(actor.get()));
        chain.doFilter(request, response);
    }

    static UsernamePasswordAuthenticationToken authenticated(Actor actor) {
        return UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority())));
    }
}
