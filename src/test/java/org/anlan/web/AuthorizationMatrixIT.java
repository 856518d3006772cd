package org.anlan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    static final Set<Role> EVERYONE = AccessRule.EVERYONE;
    static final String SHIPU = AccessRule.SHIPU;
    static final String HEPU = AccessRule.HEPU;

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> apiEndpointsAllowOrDenyEveryRoleAsConfigured() {
        ApiClient api = new ApiClient(port);
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessRule rule : AccessRules.all(api)) {
            tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " without an account", () -> {
                var response = api.send(rule.method(), rule.path(), body(rule), ApiClient.ANONYMOUS);
                if (rule.publicAccess()) {
                    assertThat(response.status()).as(response.body()).isBetween(200, 299);
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(401);
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " as " + role, () -> {
                    var response = api.send(rule.method(), rule.path(), body(rule), DEMO_USER.get(role));
                    if (rule.allowed().contains(role) && rule.expectSuccess()) {
                        assertThat(response.status()).as(response.body()).isBetween(200, 299);
                    } else if (rule.allowed().contains(role)) {
                        assertThat(response.status()).as(response.body()).isBetween(200, 499).isNotIn(401, 403);
                    } else {
                        assertThat(response.status()).as(response.body()).isEqualTo(403);
                        assertThat(response.code()).isIn("ROLE_DENIED", "SCOPE_TOWNSHIP_DENIED", "SCOPE_ENTERPRISE_DENIED");
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
        for (Role role : Role.values()) {
            tests.add(DynamicTest.dynamicTest("POST /api/cap as " + role, () -> {
                var response = postCap(api, WarningAccessRules.capExercise(role.ordinal()), api.token(DEMO_USER.get(role)));
                if (WarningAccessRules.CAP_IMPORTERS.contains(role)) {
                    assertThat(response.status()).as(response.body()).isEqualTo(201);
                    assertThat(response.json().path("status").asString()).isEqualTo("DRAFT");
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(403);
                    assertThat(response.code()).isEqualTo("ROLE_DENIED");
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("POST /api/cap without an account", () ->
                assertThat(postCap(api, WarningAccessRules.capExercise(0), null).status()).isEqualTo(401)));
        String photoIncident = api.post("/api/incidents", ApiClient.json(IncidentAccessRules.shipuReport()), "duty")
                .json().path("id").asString();
        var photoTakers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        for (Role role : Role.values()) {
            tests.add(DynamicTest.dynamicTest("POST /api/incidents/{id}/photos as " + role, () -> {
                var response = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/incidents/" + photoIncident + "/photos",
                        "file", "scene.png", png).header("Authorization", "Bearer " + api.token(DEMO_USER.get(role))).build());
                assertThat(response.status()).as(response.body()).isEqualTo(photoTakers.contains(role) ? 201 : 403);
            }));
        }
        return tests.stream();
    }

    /** A page (with the navigation) or, when {@code fullPage} is false, a fragment or JSON a page loads. */
    record Page(String path, Set<Role> allowed, boolean fullPage) {

        Page(String path, Set<Role> allowed) {
            this(path, allowed, true);
        }

        static Page fragment(String path, Set<Role> allowed) {
            return new Page(path, allowed, false);
        }
    }

    static List<Page> pages() {
        return List.of(
                new Page("/", EVERYONE),
                new Page("/map", EVERYONE),
                new Page("/capabilities/kpi", EVERYONE),
                new Page("/duty", EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER, Role.GRID_MEMBER))),
                new Page("/incidents", EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER))),
                new Page("/dispatch", EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE_OFFICER))),
                new Page("/resources", EVERYONE),
                new Page("/supplies", EVERYONE),
                new Page("/supplies?township=" + SHIPU, EVERYONE),
                new Page("/shelters", EVERYONE),
                new Page("/shelters?township=" + HEPU, EVERYONE),
                new Page("/shelters/" + java.util.UUID.nameUUIDFromBytes("anlan/shelter/石浦镇避灾安置中心"
                        .getBytes(StandardCharsets.UTF_8)), EVERYONE),
                new Page("/monitoring", EVERYONE),
                new Page("/vessels", EVERYONE),
                new Page("/vessels/alarms", EVERYONE),
                new Page("/typhoons", EVERYONE),
                new Page("/risk", EVERYONE),
                new Page("/enterprises", EVERYONE),
                new Page("/enterprises/" + RiskAccessRules.DEMO_ENTERPRISE, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                new Page("/hazards", EVERYONE),
                new Page("/hazards/supervised", EVERYONE),
                new Page("/townships/" + SHIPU, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER))),
                new Page("/townships/" + HEPU, EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER))),
                new Page("/audit", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                new Page("/admin/users", EnumSet.of(Role.ADMIN)));
    }

    @TestFactory
    Stream<DynamicTest> pagesAllowOrDenyEveryRoleAsConfigured() {
        List<DynamicTest> tests = new ArrayList<>();
        var anonymous = new PageSession(port);
        ApiClient api = new ApiClient(port);
        List<Page> pages = new ArrayList<>(pages());
        pages.addAll(WarningAccessRules.pages(api));
        pages.addAll(TyphoonAccessRules.pages(api));
        for (Page page : pages) {
            tests.add(DynamicTest.dynamicTest(page.path() + " without an account", () -> {
                var response = anonymous.get(page.path());
                assertThat(response.statusCode()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            }));
        }
        for (Role role : Role.values()) {
            tests.add(DynamicTest.dynamicTest("pages as " + role, () -> {
                var session = PageSession.signedIn(port, DEMO_USER.get(role));
                for (Page page : pages) {
                    var response = session.get(page.path());
                    assertThat(response.statusCode()).as(page.path() + " as " + role)
                            .isEqualTo(page.allowed().contains(role) ? 200 : 403);
                    if (page.allowed().contains(role) && page.fullPage()) {
                        assertThat(response.body()).as("navigation on " + page.path())
                                .contains("data-capability=\"map\"").contains("/logout");
                    }
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("health, metrics, API docs and the public report page are open", () -> {
            var open = new PageSession(port);
            assertThat(open.get("/public/report").statusCode()).isEqualTo(200);
            assertThat(open.get("/public/donations").statusCode()).isEqualTo(200);
            assertThat(open.get("/public/household-reserve").body()).contains("饮用水");
            assertThat(open.get("/actuator/health").body()).contains("UP");
            assertThat(open.get("/actuator/prometheus").statusCode()).isEqualTo(200);
            assertThat(open.get("/v3/api-docs").body()).contains("/api/geo/locate");
        }));
        return tests.stream();
    }

    private static ApiClient.Response postCap(ApiClient api, String xml, String token) {
        var request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/cap"))
                .header("Content-Type", "application/cap+xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.raw(request.build());
    }

    private static String body(AccessRule rule) {
        return rule.body() == null ? null : rule.body().get();
    }
}
