package org.anlan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anlan.support.ApiClient;
import org.anlan.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ANLAN_MODE=production creates no demo users: only the first administrator, with the configured password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anlan.db.data-dir=temp", "anlan.mode=production", "anlan.admin.initial-password=Initial-Pass-2026"})
@Import(TestClockConfiguration.class)
class ProductionModeIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheFirstAdministratorExistsWithTheConfiguredPassword() {
        assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
        var api = new ApiClient(port);
        var admin = api.post("/api/auth/token", ApiClient.json(Map.of("username", "admin", "password", "Initial-Pass-2026")), null);
        assertThat(admin.status()).isEqualTo(200);
        var demo = api.post("/api/auth/token", ApiClient.json(Map.of("username", "duty", "password", "anlan-demo")), null);
        assertThat(demo.status()).isEqualTo(401);
        var demoAdmin = api.post("/api/auth/token", ApiClient.json(Map.of("username", "admin", "password", "anlan-demo")), null);
        assertThat(demoAdmin.status()).isEqualTo(401);
    }
}
