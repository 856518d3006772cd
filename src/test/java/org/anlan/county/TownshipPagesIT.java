package org.anlan.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The township pages keep the same scope as the API: the 石浦镇 officer edits 石浦镇 and nothing else. */
@AnlanIntegrationTest
class TownshipPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theShipuOfficerRegistersAVillageFromTheTownshipPage() {
        var session = PageSession.signedIn(port, "township-shipu");
        assertThat(session.get("/").body()).contains("/townships/330225101");
        String name = "页面村" + System.nanoTime();
        var posted = session.postForm("/townships/330225101", "/townships/330225101/villages",
                Map.of("name", name, "kind", "COMMUNITY"));
        assertThat(posted.statusCode()).isEqualTo(302);
        var page = session.get("/townships/330225101").body();
        assertThat(page).contains(name).contains("社区");
    }

    @Test
    void anotherTownshipsPageAndFormsAreRefusedWithAChineseReason() {
        var session = PageSession.signedIn(port, "township-shipu");
        var page = session.get("/townships/330225103");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("您只能查看和修改本乡镇");
        long before = jdbc.sql("SELECT count(*) FROM village WHERE township_code = '330225103'").query(Long.class).single();
        var posted = session.postForm("/townships/330225101", "/townships/330225103/villages",
                Map.of("name", "越权村", "kind", "VILLAGE"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(session.get("/townships/330225101").body()).doesNotContain("越权村");
        assertThat(jdbc.sql("SELECT count(*) FROM village WHERE township_code = '330225103'").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aBadProfileIsRefusedAndNothingChanges() {
        var session = PageSession.signedIn(port, "duty");
        Integer before = jdbc.sql("SELECT population FROM township WHERE code = '330225102'").query(Integer.class).optional()
                .orElse(null);
        session.postForm("/townships/330225102", "/townships/330225102",
                Map.of("population", "100", "dutyPhone", "call me maybe"));
        assertThat(session.get("/townships/330225102").body()).contains("乡镇档案数据不正确");
        assertThat(jdbc.sql("SELECT population FROM township WHERE code = '330225102'").query(Integer.class).optional()
                .orElse(null)).isEqualTo(before);
    }
}
