package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.anlan.platform.security.Role;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For every endpoint and every role (and no account at all): allowed or denied, as the county's structure says.
 * Each later module adds its endpoints here.
 */
@AnlanIntegrationTest
class AuthorizationMatrixIT {

    static final Map<Role, String> DEMO_USER = Map.of(
            Role.ADMIN, "admin", Role.COMMANDER, "commander", Role.DUTY_OFFICER, "duty",
            Role.DEPARTMENT_OFFICER, "dept", Role.TOWNSHIP_OFFICER, "township-shipu", Role.GRID_MEMBER, "grid",
            Role.ENTERPRISE_OFFICER, "enterprise", Role.INSPECTOR, "inspector", Role.AUDITOR, "auditor");
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;

    /** One row of the matrix: a request, who may make it, and whether it is open to the public. */
    record Rule(String method, String path, Supplier<String> body, Set<Role> allowed, boolean publicAccess) {
        static Rule of(String method, String path, Set<Role> allowed) {
            return new Rule(method, path, null, allowed, false);
        }

        static Rule open(String method, String path) {
            return new Rule(method, path, null, EVERYONE, true);
        }

        Rule withBody(Supplier<String> supplier) {
            return new Rule(method, path, supplier, allowed, publicAccess);
        }
    }

    static List<Rule> apiRules() {
        Set<Role> profileEditors = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        return List.of(
                Rule.open("GET", "/api/geo/townships"),
                Rule.open("GET", "/api/geo/locate?lat=29.47&lon=121.87"),
                Rule.open("GET", "/api/geo/boundaries"),
                Rule.open("GET", "/api/geo/rescue-circles"),
                Rule.of("PUT", "/api/geo/rescue-circles/SOUTH/members", EnumSet.of(Role.ADMIN, Role.COMMANDER))
                        .withBody(() -> ApiClient.json(Map.of("members", List.of(SHIPU)))),
                Rule.of("GET", "/api/identity/me", EVERYONE),
                Rule.of("GET", "/api/identity/users", EnumSet.of(Role.ADMIN)),
                Rule.of("POST", "/api/identity/users", EnumSet.of(Role.ADMIN))
                        .withBody(() -> ApiClient.json(Map.of("username", "matrix-" + UNIQUE.incrementAndGet(), "role", "duty"))),
                Rule.of("GET", "/api/identity/organisations", EnumSet.of(Role.ADMIN)),
                Rule.of("GET", "/api/audit/entries", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                Rule.of("GET", "/api/audit/verify", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                Rule.of("GET", "/api/county/townships/" + SHIPU, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                Rule.of("GET", "/api/county/townships/" + HEPU,
                        EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER))),
                Rule.of("GET", "/api/county/townships/" + SHIPU + "/villages", EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                Rule.of("GET", "/api/county/townships/" + HEPU + "/villages",
                        EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER))),
                Rule.of("PUT", "/api/county/townships/" + SHIPU, profileEditors)
                        .withBody(() -> ApiClient.json(Map.of("population", 51000))),
                Rule.of("PUT", "/api/county/townships/" + HEPU,
                        EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("population", 31000))),
                Rule.of("POST", "/api/county/townships/" + SHIPU + "/villages", profileEditors)
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵村" + UNIQUE.incrementAndGet(), "kind", "VILLAGE"))),
                Rule.of("POST", "/api/county/townships/" + HEPU + "/villages",
                        EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵村" + UNIQUE.incrementAndGet(), "kind", "VILLAGE"))));
    }

    @TestFactory
    Stream<DynamicTest> apiEndpointsAllowOrDenyEveryRoleAsConfigured() {
        ApiClient api = new ApiClient(port);
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : apiRules()) {
            tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " without an account", () -> {
                var response = api.send(rule.method(), rule.path(), body(rule), ApiClient.ANONYMOUS);
                if (rule.publicAccess()) {
                    assertThat(response.status()).as(response.body()).isEqualTo(200);
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(401);
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " as " + role, () -> {
                    var response = api.send(rule.method(), rule.path(), body(rule), DEMO_USER.get(role));
                    if (rule.allowed().contains(role)) {
                        assertThat(response.status()).as(response.body()).isBetween(200, 299);
                    } else {
                        assertThat(response.status()).as(response.body()).isEqualTo(403);
                        assertThat(response.code()).isIn("ROLE_DENIED", "SCOPE_TOWNSHIP_DENIED");
                    }
                }));
            }
        }
        for (Role role : Role.values()) {
            tests.add(DynamicTest.dynamicTest("POST /api/geo/boundaries as " + role, () -> {
                var response = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/geo/boundaries", "file", "bad.geojson",
                                "{not geojson".getBytes(StandardCharsets.UTF_8))
                        .header("Authorization", "Bearer " + api.token(DEMO_USER.get(role))).build());
                if (role == Role.ADMIN) {
                    assertThat(response.status()).as(response.body()).isEqualTo(400);
                    assertThat(response.code()).isEqualTo("GEOJSON_MALFORMED");
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(403);
                }
            }));
        }
        return tests.stream();
    }

    record Page(String path, Set<Role> allowed) {
    }

    static List<Page> pages() {
        return List.of(
                new Page("/", EVERYONE),
                new Page("/map", EVERYONE),
                new Page("/capabilities/duty", EVERYONE),
                new Page("/townships/" + SHIPU, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                new Page("/townships/" + HEPU, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER))),
                new Page("/audit", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                new Page("/admin/users", EnumSet.of(Role.ADMIN)));
    }

    @TestFactory
    Stream<DynamicTest> pagesAllowOrDenyEveryRoleAsConfigured() {
        List<DynamicTest> tests = new ArrayList<>();
        var anonymous = new PageSession(port);
        for (Page page : pages()) {
            tests.add(DynamicTest.dynamicTest(page.path() + " without an account", () -> {
                var response = anonymous.get(page.path());
                assertThat(response.statusCode()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            }));
        }
        for (Role role : Role.values()) {
            tests.add(DynamicTest.dynamicTest("pages as " + role, () -> {
                var session = PageSession.signedIn(port, DEMO_USER.get(role));
                for (Page page : pages()) {
                    var response = session.get(page.path());
                    assertThat(response.statusCode()).as(page.path() + " as " + role)
                            .isEqualTo(page.allowed().contains(role) ? 200 : 403);
                    if (page.allowed().contains(role)) {
                        assertThat(response.body()).as("navigation on " + page.path())
                                .contains("data-capability=\"map\"").contains("/logout");
                    }
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("health, metrics and API docs are open", () -> {
            var open = new PageSession(port);
            assertThat(open.get("/actuator/health").body()).contains("UP");
            assertThat(open.get("/actuator/prometheus").statusCode()).isEqualTo(200);
            assertThat(open.get("/v3/api-docs").body()).contains("/api/geo/locate");
        }));
        return tests.stream();
    }

    private static String body(Rule rule) {
        return rule.body() == null ? null : rule.body().get();
    }
}
