package org.anlan.shelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.warning.WarningIssued;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The story from warning to relief: a red typhoon warning for 高塘岛乡 names the township; its villages get an
 * optimal evacuation plan and the shelters it uses open; evacuees check in by village; their needs become supply
 * demands; a transport plan is proposed and confirmed; and the ledger moves stock against the demands.
 */
@AnlanIntegrationTest
class WarningToReliefScenarioIT {

    static final String GAOTANG = "330225204";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aWarningsVillagesAreEvacuatedShelteredAndSuppliedThroughTheLedger() {
        ApiClient api = new ApiClient(port);
        String warningId = "W-TEST-" + UUID.randomUUID();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> events.publishEvent(new WarningIssued(warningId, 1, "TYPHOON", "RED",
                List.of(GAOTANG), List.of(), null, now, now.plus(Duration.ofHours(6)), now.plus(Duration.ofHours(48)))));

        JsonNode plan = await().atMost(Duration.ofSeconds(60)).until(() -> planFor(api, warningId), p -> p != null);
        assertThat(plan.path("people").asLong()).isPositive();
        assertThat(plan.path("assigned").asLong() + plan.path("unassigned").asLong()).isEqualTo(plan.path("people").asLong());
        Set<String> used = new HashSet<>();
        JsonNode first = null;
        for (JsonNode line : plan.path("lines")) {
            assertThat(line.path("townshipCode").asString()).isEqualTo(GAOTANG);
            if (!line.path("shelterId").isNull()) {
                used.add(line.path("shelterId").asString());
                first = first == null ? line : first;
            }
        }
        assertThat(used).isNotEmpty();
        for (String shelter : used) {
            assertThat(api.get("/api/shelters/" + shelter, "grid").json().path("shelter").path("open").asBoolean()).isTrue();
        }
        // a redelivered event makes no second plan
        transaction.executeWithoutResult(status -> events.publishEvent(new WarningIssued(warningId, 1, "TYPHOON", "RED",
                List.of(GAOTANG), List.of(), null, now, now, now)));

        String shelter = first.path("shelterId").asString();
        String village = first.path("villageName").asString();
        for (int household = 0; household < 3; household++) {
            var in = api.post("/api/shelters/" + shelter + "/stays", ApiClient.json(Map.of("householdHead", "测试户主" + household,
                    "villageId", first.path("villageId").asString(), "villageName", village, "people", 3)), "duty");
            assertThat(in.status()).as(in.body()).isEqualTo(201);
        }
        assertThat(api.get("/api/shelters/" + shelter, "grid").json().path("occupancy").path("present").asInt())
                .isGreaterThanOrEqualTo(9);
        var raised = api.post("/api/shelters/" + shelter + "/demands", null, "duty");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        List<String> demandIds = new ArrayList<>();
        raised.json().forEach(d -> demandIds.add(d.path("id").asString()));
        assertThat(demandIds).isNotEmpty();

        // the plan may have sent the village over the bridge: the demands are the shelter's township's
        String shelterTownship = api.get("/api/shelters/" + shelter, "grid").json().path("shelter").path("townshipCode").asString();
        var proposal = api.post("/api/supplies/transport-plans", ApiClient.json(Map.of("township", shelterTownship)),
                "commander");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        JsonNode transport = proposal.json();
        assertThat(transport.path("status").asString()).isEqualTo("PROPOSED");
        assertThat(transport.path("plan").path("shipments").size()).isPositive();
        long movementsBefore = jdbc.sql("SELECT count(*) FROM stock_movement").query(Long.class).single();

        var confirmed = api.post("/api/supplies/transport-plans/" + transport.path("id").asString() + "/confirm", null, "commander");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("CONFIRMED");
        long shipped = 0;
        for (JsonNode s : transport.path("plan").path("shipments")) {
            // other tests may leave open demands in the same township: count this shelter's only
            if (demandIds.contains(s.path("demand").asString())) {
                shipped += s.path("quantity").asLong();
            }
        }
        long moved = jdbc.sql("""
                        SELECT coalesce(-sum(quantity), 0) FROM stock_movement
                         WHERE demand_id IN (SELECT id FROM supply_demand WHERE destination_ref = :shelter)""")
                .param("shelter", shelter).query(Long.class).single();
        assertThat(moved).isEqualTo(shipped).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM stock_movement").query(Long.class).single()).isGreaterThan(movementsBefore);
        JsonNode needs = api.get("/api/shelters/" + shelter + "/needs", "grid").json();
        assertThat(needs.findValues("delivered").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(shipped);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM stock_batch b WHERE b.balance <>
                               (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m WHERE m.batch_id = b.id)""")
                .query(Long.class).single()).isZero();
        assertThat(api.post("/api/supplies/transport-plans/" + transport.path("id").asString() + "/confirm", null, "commander")
                .code()).isEqualTo("TRANSPORT_PLAN_CONFIRMED");
        assertThat(jdbc.sql("SELECT count(*) FROM evacuation_plan WHERE warning_id = :w").param("w", warningId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static JsonNode planFor(ApiClient api, String warningId) {
        for (JsonNode plan : api.get("/api/shelters/evacuation-plans", "grid").json()) {
            if (plan.path("warningId").asString().equals(warningId)) {
                return plan;
            }
        }
        return null;
    }
}
