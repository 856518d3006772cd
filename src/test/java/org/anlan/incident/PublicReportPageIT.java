package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public report page needs no account and keeps the abuse limits of the API. */
@AnlanIntegrationTest
class PublicReportPageIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneReportsAFireInATownshipAndGetsAReceipt() {
        var visitor = new PageSession(port);
        assertThat(visitor.get("/public/report").statusCode()).isEqualTo(200);
        var sent = visitor.postForm("/public/report", "/public/report", Map.of("type", "12B01", "township", "330225103",
                "description", "鹤浦镇一民房冒烟（页面报告）", "injured", "1"));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("您的报告编号");
        String id = sent.body().replaceAll("(?s).*您的报告编号：([0-9a-f-]{36}).*", "$1");
        assertThat(jdbc.sql("SELECT channel FROM incident WHERE id = CAST(:id AS uuid)").param("id", id)
                .query(String.class).single()).isEqualTo("PUBLIC");
    }

    @Test
    void aFilledHoneypotOrAnUnknownTypeIsRefusedAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
        var visitor = new PageSession(port);
        var bot = visitor.postForm("/public/report", "/public/report", Map.of("type", "12B01", "township", "330225103",
                "description", "spam", "website", "http://spam.example"));
        assertThat(bot.body()).contains("报告未被受理");
        var unknown = visitor.postForm("/public/report", "/public/report", Map.of("type", "XX", "township", "330225103",
                "description", "未知类型"));
        assertThat(unknown.body()).contains("未知的事件类型");
        assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(before);
    }
}
