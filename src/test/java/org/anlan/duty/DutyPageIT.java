package org.anlan.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 值班值守 page: the week's roster, who is on duty, and the log form, in Chinese. */
@AnlanIntegrationTest
class DutyPageIT {

    @LocalServerPort
    int port;

    @Test
    void theDutyOfficerSeesTheWeekAndWhoIsOnDutyAndAddsACallToTheLog() {
        var session = PageSession.signedIn(port, "duty");
        String page = session.get("/duty").body();
        assertThat(page).contains("一周排班").contains("当前值班").contains("白班").contains("夜班")
                .contains("县应急指挥长").contains("县应急值班员").contains("id=\"log-form\"").contains("hx-post=\"/duty/log\"");
        assertThat(page).contains("data-capability=\"duty\"").contains("href=\"/duty\"");

        String summary = "页面来电：贤庠镇山塘水位上涨" + System.nanoTime();
        var posted = session.postForm("/duty", "/duty/log", Map.of("kind", "CALL_IN", "callerName", "贤庠镇李某",
                "callerPhone", "13800000000", "summary", summary));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(session.get("/duty").body()).contains(summary).contains("来电").contains("已记入值班日志");
    }

    @Test
    void theLogFormPostedByHtmxGetsBackOnlyTheRefreshedLog() {
        var session = PageSession.signedIn(port, "duty");
        String summary = "htmx 去电：通知石浦镇转移" + System.nanoTime();
        var fragment = session.postForm("/duty", "/duty/log", Map.of("kind", "CALL_OUT", "summary", summary),
                Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section").contains("id=\"duty-log\"").contains(summary).contains("去电")
                .contains("name=\"_csrf\"").doesNotContain("<html").doesNotContain("一周排班");
    }

    @Test
    void aBadLogEntryIsRefusedWithAChineseReasonAndNothingIsWritten() {
        var session = PageSession.signedIn(port, "commander");
        session.postForm("/duty", "/duty/log", Map.of("kind", "NOTE", "summary", " ", "callerPhone", "call me"));
        assertThat(session.get("/duty").body()).contains("值班日志内容不完整");
    }

    @Test
    void aConflictingRosterFromThePageIsRefusedNamingThePerson() {
        var session = PageSession.signedIn(port, "commander");
        session.postForm("/duty", "/duty/shifts", Map.of("dutyDate", "2035-02-01", "kind", "DAY", "leader", "inspector"));
        session.postForm("/duty", "/duty/shifts", Map.of("dutyDate", "2035-02-01", "kind", "DAY", "leader", "admin",
                "officers", "duty, inspector"));
        assertThat(session.get("/duty").body()).contains("县应急执法员（inspector）").contains("2035-02-01 08:00–20:00");
    }

    @Test
    void aDepartmentOfficerReadsTheRosterButNeitherTheLogNorTheForms() {
        String page = PageSession.signedIn(port, "dept").get("/duty").body();
        assertThat(page).contains("一周排班").doesNotContain("id=\"log-form\"").doesNotContain("值班日志")
                .doesNotContain("id=\"handover-form\"").doesNotContain("id=\"plan-form\"");
        var auditor = PageSession.signedIn(port, "auditor").get("/duty").body();
        assertThat(auditor).contains("值班日志").doesNotContain("id=\"log-form\"");
    }

    @Test
    void gridMembersAndEnterprisesAreRefusedTheDutyPage() {
        var grid = PageSession.signedIn(port, "grid").get("/duty");
        assertThat(grid.statusCode()).isEqualTo(403);
        assertThat(grid.body()).contains("您的角色无权执行该操作");
        var refused = PageSession.signedIn(port, "enterprise").postForm("/", "/duty/log", Map.of("kind", "NOTE", "summary", "x"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
