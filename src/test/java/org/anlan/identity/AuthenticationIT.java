package org.anlan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnlanIntegrationTest
class AuthenticationIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void everyDemoRoleSignsInWithTheDemoPasswordAndGetsABearerToken() {
        for (String user : new String[] {"admin", "commander", "duty", "dept", "township-shipu", "grid", "enterprise",
                "inspector", "auditor"}) {
            var response = api.post("/api/auth/token", ApiClient.json(Map.of("username", user, "password", "anlan-demo")), null);
            assertThat(response.status()).as(user).isEqualTo(200);
            assertThat(response.json().path("token").asString()).hasSizeGreaterThan(30);
            assertThat(response.json().path("expiresAt").asString()).isNotEmpty();
        }
        var me = api.get("/api/identity/me", "township-shipu").json();
        assertThat(me.path("role").asString()).isEqualTo("TOWNSHIP_OFFICER");
        assertThat(me.path("townshipCode").asString()).isEqualTo("330225101");
    }

    @Test
    void passwordsAreStoredWithAnAdaptiveHash() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'duty'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("anlan-demo");
    }

    @Test
    void wrongCredentialsAreRefusedWithAStableCodeAndAChineseMessage() {
        var wrong = api.post("/api/auth/token", ApiClient.json(Map.of("username", "duty", "password", "nope-nope")), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("AUTH_INVALID_CREDENTIALS");
        assertThat(wrong.json().path("message").asString()).isEqualTo("用户名或密码错误。");

        var unknown = api.post("/api/auth/token", ApiClient.json(Map.of("username", "nobody", "password", "whatever1")), null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("AUTH_INVALID_CREDENTIALS");

        var english = api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/auth/token"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"duty\",\"password\":\"nope-nope\"}")).build());
        assertThat(english.json().path("message").asString()).isEqualTo("Wrong username or password.");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheLockoutHasPassed() {
        String username = "lock-" + Long.toString(System.nanoTime(), 36);
        var created = api.post("/api/identity/users", ApiClient.json(Map.of("username", username, "role", "duty",
                "password", "right-password-1")), "admin");
        assertThat(created.status()).isEqualTo(201);
        String wrong = ApiClient.json(Map.of("username", username, "password", "wrong-password"));
        String right = ApiClient.json(Map.of("username", username, "password", "right-password-1"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(api.post("/api/auth/token", wrong, null).code()).isEqualTo("AUTH_INVALID_CREDENTIALS");
        }
        assertThat(api.post("/api/auth/token", wrong, null).code()).isEqualTo("AUTH_ACCOUNT_LOCKED");
        assertThat(api.post("/api/auth/token", right, null).code()).isEqualTo("AUTH_ACCOUNT_LOCKED");

        clock.advance(Duration.ofMinutes(16));
        assertThat(api.post("/api/auth/token", right, null).status()).isEqualTo(200);
        long lockAudits = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ACCOUNT_LOCKED' AND entity_id = :u")
                .param("u", username).query(Long.class).single();
        assertThat(lockAudits).isEqualTo(1);
    }

    @Test
    void malformedOversizedOrIncompleteRequestsAreRefusedClearly() {
        var malformed = api.post("/api/auth/token", "{\"username\": \"duty\", ", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("REQUEST_MALFORMED");

        var incomplete = api.post("/api/auth/token", "{\"username\": \"duty\"}", null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.code()).isEqualTo("VALIDATION_FAILED");

        var oversized = api.post("/api/auth/token",
                "{\"username\":\"duty\",\"password\":\"" + "x".repeat(1_500_000) + "\"}", null);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void protectedCallsNeedAValidTokenAndARevokedTokenStopsWorking() {
        var none = api.get("/api/identity/me", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("AUTH_REQUIRED");

        var forged = api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/identity/me"))
                .header("Authorization", "Bearer forged-token").build());
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("AUTH_TOKEN_INVALID");

        String token = api.post("/api/auth/token", ApiClient.json(Map.of("username", "dept", "password", "anlan-demo")), null)
                .json().path("token").asString();
        var withToken = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/identity/me"))
                .header("Authorization", "Bearer " + token).build();
        assertThat(api.raw(withToken).status()).isEqualTo(200);
        api.raw(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/auth/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(api.raw(withToken).status()).isEqualTo(401);
    }

    @Test
    void userCreationRejectsBadInputAndWritesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
        var noTownship = api.post("/api/identity/users", ApiClient.json(Map.of("username", "tw-x", "role", "township")), "admin");
        assertThat(noTownship.code()).isEqualTo("USER_TOWNSHIP_REQUIRED");
        var unknownTownship = api.post("/api/identity/users",
                ApiClient.json(Map.of("username", "tw-y", "role", "township", "townshipCode", "330225999")), "admin");
        assertThat(unknownTownship.code()).isEqualTo("TOWNSHIP_UNKNOWN");
        var badRole = api.post("/api/identity/users", ApiClient.json(Map.of("username", "tw-z", "role", "emperor")), "admin");
        assertThat(badRole.code()).isEqualTo("USER_ROLE_INVALID");
        var badName = api.post("/api/identity/users", ApiClient.json(Map.of("username", "Bad Name!", "role", "duty")), "admin");
        assertThat(badName.code()).isEqualTo("USER_NAME_INVALID");
        var duplicate = api.post("/api/identity/users", ApiClient.json(Map.of("username", "duty", "role", "duty")), "admin");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isEqualTo(before);

        var generated = api.post("/api/identity/users",
                ApiClient.json(Map.of("username", "gen-" + Long.toString(System.nanoTime(), 36), "role", "inspector")), "admin");
        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.json().path("generatedPassword").asString()).hasSize(16);
    }
}
