package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnlanIntegrationTest
class UserAddCommandIT {

    @Autowired
    UserAddCommand command;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void addsATownshipOfficerWithAGeneratedPasswordThatWorks() {
        var out = new ByteArrayOutputStream();
        int exit = command.run(List.of("cli-officer", "--role", "township", "--township", "330225103", "--name", "鹤浦镇应急办"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Created user cli-officer (township, township 330225103)");
        String password = printed.lines().filter(l -> l.startsWith("Initial password")).findFirst().orElseThrow()
                .replaceAll(".*: ", "").trim();
        var token = new ApiClient(port).post("/api/auth/token",
                ApiClient.json(Map.of("username", "cli-officer", "password", password)), null);
        assertThat(token.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'USER_CREATE' AND entity_id = 'cli-officer'")
                .query(String.class).single()).startsWith("cli:");
    }

    @Test
    void refusesUnknownRolesAndTownshipsAndCreatesNothing() {
        var err = new ByteArrayOutputStream();
        assertThat(command.run(List.of("cli-bad", "--role", "emperor"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(64);
        assertThat(command.run(List.of("cli-bad", "--role", "township", "--township", "999999999"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(65);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role").contains("TOWNSHIP_UNKNOWN");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'cli-bad'").query(Long.class).single()).isZero();
    }
}
