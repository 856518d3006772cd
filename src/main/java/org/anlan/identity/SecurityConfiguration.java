package org.anlan.identity;

import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.security.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors: the JSON API ({@code /api/**}) takes bearer tokens and keeps no session; the pages take the
 * login form with a session and CSRF protection. Role rules per endpoint sit on the controllers
 * ({@code @PreAuthorize}); township scope is enforced by the modules where data is read and written.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_API_READS = {
            "/api/geo/townships", "/api/geo/locate", "/api/geo/boundaries", "/api/geo/rescue-circles", "/api/incident-types"};

    /** Stateless calculators named in a contract: they read and store nothing, and their input is bounded. */
    static final String[] PUBLIC_CALCULATORS = {"/api/risk/lec", "/api/risk/ls", "/api/hazard-sources/assess",
            "/api/evacuation/plans"};

    /**
     * Public incident intake (a plain servlet, see incident's PublicReportServlet) answers outside the filter chain:
     * it needs no user, session or CSRF token, and at the peak of a disaster every cycle goes to the durable write.
     */
    @Bean
    WebSecurityCustomizer publicIntakeOutsideTheChain() {
        return web -> web.ignoring().requestMatchers(HttpMethod.POST, "/api/public/reports");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/public/**").permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_CALCULATORS).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_READS).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, 401, "AUTH_REQUIRED", "error.auth.required"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, 403, "ROLE_DENIED", "error.role.denied")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationProvider formLogin) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/public/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + "/login?error=" + (e instanceof LockedException ? "locked" : "bad"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .authenticationProvider(formLogin);
        return http.build();
    }

    @Bean
    AuthenticationProvider formLoginProvider(Authenticator authenticator, AuditTrail audit) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Actor actor = authenticator.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()));
                audit.recordAs(actor.username(), actor.role().name(), AuditRecord.of("LOGIN", "User", actor.username()));
                return BearerTokenFilter.authenticated(actor);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }
}
