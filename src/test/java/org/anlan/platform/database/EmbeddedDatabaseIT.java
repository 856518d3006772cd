package org.anlan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.anlan.AnlanApplication;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

class EmbeddedDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void thePlatformKeepsItsDataAcrossARestart() {
        Path data = dir.resolve("pg");
        String village = "重启村" + System.nanoTime();
        try (ConfigurableApplicationContext first = start(data)) {
            var api = new ApiClient(port(first));
            var created = api.post("/api/county/townships/330225101/villages",
                    ApiClient.json(Map.of("name", village, "kind", "VILLAGE")), "township-shipu");
            assertThat(created.status()).isEqualTo(201);
        }
        assertThat(data.resolveSibling("pg.anlan-owner")).doesNotExist();
        try (ConfigurableApplicationContext second = start(data)) {
            var api = new ApiClient(port(second));
            assertThat(api.get("/api/county/townships/330225101/villages", "township-shipu").body()).contains(village);
            assertThat(api.get("/api/geo/townships", null).json()).hasSize(18);
        }
    }

    @Test
    void aPostmasterLeftByAKilledProcessIsStoppedAndTheDataKept() throws Exception {
        Path data = dir.resolve("orphan");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, KilledOwner.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var reader = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = reader.readLine();
            } while (line != null && !line.startsWith("READY"));
            assertThat(line).as("child process reported READY").isNotNull();
        }
        owner.destroyForcibly().waitFor();
        long orphanPid = OrphanedPostmaster.postmasterPid(data).orElseThrow().pid();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isTrue();

        try (EmbeddedDatabase recovered = EmbeddedDatabase.open(data.toString())) {
            assertThat(recovered.attached()).isFalse();
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = DriverManager.getConnection(recovered.jdbcUrl(), "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT note FROM survivor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        }
    }

    @Test
    void aConfiguredDatabaseUrlIsUsedAndNothingEmbeddedStarts() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.open(EmbeddedDatabase.TEMPORARY);
             ConfigurableApplicationContext app = new SpringApplicationBuilder(AnlanApplication.class)
                     .run("--server.port=0", "--spring.datasource.url=" + external.jdbcUrl(),
                             "--spring.datasource.username=postgres", "--anlan.db.data-dir=" + dir.resolve("unused"),
                             "--spring.main.banner-mode=off")) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            assertThat(dir.resolve("unused")).doesNotExist();
            try (Connection c = DriverManager.getConnection(external.jdbcUrl(), "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT username FROM app_user")) {
                assertThat(rs.next()).as("the first administrator, in production mode by default").isTrue();
                assertThat(rs.getString(1)).isEqualTo("admin");
                assertThat(rs.next()).as("no demo users with an external database").isFalse();
            }
        }
    }

    @Test
    void acknowledgedCommitsAreDurable() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.open(EmbeddedDatabase.TEMPORARY);
             Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT current_setting('synchronous_commit'), current_setting('fsync')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("on");
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderAttachesToTheRunningServer() throws Exception {
        Path data = dir.resolve("shared");
        try (EmbeddedDatabase owner = EmbeddedDatabase.open(data.toString())) {
            long otherLiveProcess = ProcessHandle.current().parent().orElseThrow().pid();
            Files.writeString(EmbeddedDatabase.OwnerLock.fileFor(data), otherLiveProcess + " " + owner.port() + "\n",
                    StandardCharsets.US_ASCII);
            try (EmbeddedDatabase second = EmbeddedDatabase.open(data.toString())) {
                assertThat(second.attached()).isTrue();
                assertThat(second.port()).isEqualTo(owner.port());
                try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "postgres", "")) {
                    assertThat(c.isValid(5)).isTrue();
                }
            }
            assertThat(OrphanedPostmaster.postmasterPid(data)).isPresent();
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(AnlanApplication.class)
                .run("--server.port=0", "--anlan.db.data-dir=" + data, "--anlan.mode=demo", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
