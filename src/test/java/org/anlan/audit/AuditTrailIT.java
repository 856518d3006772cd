package org.anlan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.anlan.cli.OperatorCommand;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnlanIntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OperatorCommand> commands;

    @Test
    void entriesAreChainedAndTheChainVerifies() {
        trail.recordAs("tester", "SYSTEM", AuditRecord.of("TEST_ACTION", "Thing", "1").changing(Map.of("a", 1), Map.of("a", 2)));
        trail.recordAs("tester", "SYSTEM", AuditRecord.of("TEST_ACTION", "Thing", "2"));
        List<AuditEntry> latest = trail.find(AuditQuery.latest(2));
        assertThat(latest.get(0).previousHash()).isEqualTo(latest.get(1).hash());
        assertThat(latest.get(0).seq()).isEqualTo(latest.get(1).seq() + 1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        trail.recordAs("tester", "SYSTEM", AuditRecord.of("TEST_ACTION", "Thing", "append-only"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'mallory'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aRowTamperedWithSqlIsNamedByAuditVerify() {
        AuditEntry target = trail.recordAs("tester", "SYSTEM", AuditRecord.of("TEST_ACTION", "Thing", "to-tamper")
                .changing(null, Map.of("amount", 100)));
        trail.recordAs("tester", "SYSTEM", AuditRecord.of("TEST_ACTION", "Thing", "after-it"));
        try {
            tamper(target.seq(), "{\"amount\":1}");

            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(target.seq());

            var out = new ByteArrayOutputStream();
            int exit = command("AUDIT_VERIFY").run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + target.seq() + ":");

            var api = new ApiClient(port).get("/api/audit/verify", "auditor").json();
            assertThat(api.path("intact").asBoolean()).isFalse();
            assertThat(api.path("firstBrokenSeq").asLong()).isEqualTo(target.seq());
        } finally {
            tamper(target.seq(), target.after());
        }
        assertThat(trail.verify().intact()).isTrue();
        var out = new ByteArrayOutputStream();
        assertThat(command("AUDIT_VERIFY").run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit chain intact");
    }

    @Test
    void auditorsFilterTheTrailByActionAndActor() {
        trail.recordAs("filter-tester", "SYSTEM", AuditRecord.of("FILTER_ME", "Thing", "x").inTownship("330225101"));
        var api = new ApiClient(port);
        var byAction = api.get("/api/audit/entries?action=FILTER_ME&actor=filter-tester", "auditor").json();
        assertThat(byAction).hasSize(1);
        assertThat(byAction.get(0).path("townshipCode").asString()).isEqualTo("330225101");
        assertThat(api.get("/api/audit/entries?action=FILTER_ME&actor=someone-else", "auditor").json()).isEmpty();
    }

    private void tamper(long seq, String afterState) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete").update();
        try {
            jdbc.sql("UPDATE audit_entry SET after_state = :after WHERE seq = :seq").param("after", afterState)
                    .param("seq", seq).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete").update();
        }
    }

    private OperatorCommand command(String name) {
        return commands.stream().filter(c -> c.spec().name().equals(name)).findFirst().orElseThrow();
    }
}
