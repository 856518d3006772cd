package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnlanIntegrationTest
class IncidentPhotoIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPngIsStoredOutsideTheDatabaseAndServedBackWhileWrongTypesAndOversizedFilesAreRefused() {
        var api = new ApiClient(port);
        String id = api.post("/api/incidents", ApiClient.json(Map.of("type", "12B01", "township", "330225101",
                "occurredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString(),
                "description", "照片测试")), "duty").json().path("id").asString();
        String url = api.baseUrl() + "/api/incidents/" + id + "/photos";
        String token = "Bearer " + api.token("duty");

        var stored = api.raw(Multipart.fileUpload(url, "file", "scene.png", PNG).header("Authorization", token).build());
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().path("contentType").asString()).isEqualTo("image/png");
        String photoId = stored.json().path("id").asString();
        var served = api.get("/api/incidents/" + id + "/photos/" + photoId, "duty");
        assertThat(served.status()).isEqualTo(200);

        var text = api.raw(Multipart.fileUpload(url, "file", "scene.jpg", "not an image".getBytes())
                .header("Authorization", token).build());
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.code()).isEqualTo("PHOTO_TYPE_INVALID");
        assertThat(text.json().path("message").asString()).contains("JPEG");

        byte[] huge = new byte[6 * 1024 * 1024];
        Arrays.fill(huge, (byte) 1);
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        var oversized = api.raw(Multipart.fileUpload(url, "file", "big.jpg", huge).header("Authorization", token).build());
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("PHOTO_TOO_LARGE");

        assertThat(jdbc.sql("SELECT count(*) FROM incident_photo WHERE incident_id = CAST(:id AS uuid)").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }
}
