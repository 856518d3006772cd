package org.anlan.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 属地管理: a township officer reads and changes only their own township, whatever the client. */
@AnlanIntegrationTest
class TownshipScopeIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theShipuOfficerRegistersAVillageInShipuAndItIsAudited() {
        var created = api.post("/api/county/townships/" + SHIPU + "/villages",
                ApiClient.json(Map.of("name", "番西村-" + System.nanoTime(), "kind", "VILLAGE")), "township-shipu");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND actor = 'township-shipu'")
                .param("id", id).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theShipuOfficerIsDeniedAnotherTownshipsRecordsAndNothingChanges() {
        api.token("township-shipu");
        long villagesBefore = countVillages(HEPU);
        long auditBefore = countAudit();

        var read = api.get("/api/county/townships/" + HEPU, "township-shipu");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(read.json().path("message").asString()).contains("本乡镇");

        var write = api.post("/api/county/townships/" + HEPU + "/villages",
                ApiClient.json(Map.of("name", "越权村", "kind", "VILLAGE")), "township-shipu");
        assertThat(write.status()).isEqualTo(403);
        var update = api.put("/api/county/townships/" + HEPU, ApiClient.json(Map.of("population", 1)), "township-shipu");
        assertThat(update.status()).isEqualTo(403);

        assertThat(countVillages(HEPU)).isEqualTo(villagesBefore);
        assertThat(countAudit()).isEqualTo(auditBefore);
    }

    @Test
    void countyLevelRolesSeeEveryTownship() {
        assertThat(api.get("/api/county/townships/" + HEPU, "duty").status()).isEqualTo(200);
        assertThat(api.get("/api/county/townships/" + SHIPU, "commander").status()).isEqualTo(200);
    }

    @Test
    void aProfileUpdateRecordsBeforeAndAfterInTheAuditTrail() {
        var updated = api.put("/api/county/townships/" + SHIPU,
                ApiClient.json(Map.of("population", 52000, "dutyPhone", "0574-65900000", "contactPerson", "王值班")),
                "township-shipu");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("population").asInt()).isEqualTo(52000);
        String after = jdbc.sql("""
                SELECT after_state FROM audit_entry WHERE action = 'TOWNSHIP_PROFILE_UPDATE' AND entity_id = :code
                ORDER BY seq DESC LIMIT 1""").param("code", SHIPU).query(String.class).single();
        assertThat(after).contains("52000").contains("0574-65900000");
    }

    @Test
    void invalidVillageDataIsRefusedWithAReasonAndWritesNothing() {
        long before = countVillages(SHIPU);
        var noName = api.post("/api/county/townships/" + SHIPU + "/villages",
                ApiClient.json(Map.of("kind", "VILLAGE")), "township-shipu");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.code()).isEqualTo("VALIDATION_FAILED");
        var foreignCode = api.post("/api/county/townships/" + SHIPU + "/villages",
                ApiClient.json(Map.of("name", "外码村", "kind", "VILLAGE", "code", "330225103001")), "township-shipu");
        assertThat(foreignCode.status()).isEqualTo(400);
        assertThat(foreignCode.code()).isEqualTo("VILLAGE_CODE_MISMATCH");
        var badKind = api.post("/api/county/townships/" + SHIPU + "/villages",
                "{\"name\":\"坏类型村\",\"kind\":\"CASTLE\"}", "township-shipu");
        assertThat(badKind.status()).isEqualTo(400);
        var unknownTownship = api.get("/api/county/townships/330225999", "duty");
        assertThat(unknownTownship.status()).isEqualTo(404);
        assertThat(unknownTownship.code()).isEqualTo("TOWNSHIP_UNKNOWN");
        assertThat(countVillages(SHIPU)).isEqualTo(before);
    }

    private long countVillages(String township) {
        return jdbc.sql("SELECT count(*) FROM village WHERE township_code = :t").param("t", township).query(Long.class).single();
    }

    private long countAudit() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }
}
