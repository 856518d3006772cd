package org.anlan.web;

import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 预警发布 forms: who may draft, submit and approve on the pages, bad input answered in Chinese on the page (and
 * with a stable code by the API), and the four-eyes rule shown to the commander who submitted a draft.
 */
@AnlanIntegrationTest
class WarningPagesIT {

    @LocalServerPort
    int port;

    private static Map<String, String> tideDraft(String township) {
        return Map.of("hazard", "TIDE", "level", "BLUE", "townshipCodes", township, "description", "页面测试预警");
    }

    @Test
    void onlyDraftersDraftOnThePageAndEachOnlyForTheTownshipsTheyMay() {
        Set<Role> drafters = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        for (Role role : Role.values()) {
            var session = PageSession.signedIn(port, AuthorizationMatrixIT.DEMO_USER.get(role));
            var list = session.get("/warnings");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body().contains("id=\"draft-form\"")).as(role.name()).isEqualTo(drafters.contains(role));
            var response = session.postForm("/warnings", "/warnings", tideDraft(SHIPU));
            if (drafters.contains(role)) {
                assertThat(response.statusCode()).as(role.name()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElseThrow()).matches(".*/warnings/[0-9a-f-]{36}");
            } else {
                assertThat(response.statusCode()).as(role.name()).isEqualTo(403);
                assertThat(response.body()).contains("id=\"refusal\"");
            }
        }
        var township = PageSession.signedIn(port, "township-shipu");
        assertThat(township.get("/warnings").body()).contains("value=\"" + SHIPU + "\"").doesNotContain("value=\"" + HEPU + "\"");
        var outside = township.postForm("/warnings", "/warnings", tideDraft(HEPU));
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("id=\"page-error\"").contains(HEPU);
    }

    @Test
    void badInputIsExplainedInChineseOnThePageAndWithAStableCodeByTheApi() {
        var duty = PageSession.signedIn(port, "duty");
        var noTownship = duty.postForm("/warnings", "/warnings", Map.of("hazard", "TIDE", "level", "BLUE",
                "description", "保留这段描述"));
        assertThat(noTownship.statusCode()).isEqualTo(400);
        assertThat(noTownship.body()).contains("请至少选择一个受影响的乡镇（街道）").contains("保留这段描述");

        var backwards = duty.postForm("/warnings", "/warnings", Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", SHIPU, "onsetAt", "2026-08-10T12:00", "expiresAt", "2026-08-10T08:00"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("失效时间必须晚于开始时间").contains("checked");

        var garbled = duty.postForm("/warnings", "/warnings", Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", SHIPU, "onsetAt", "明天早上"));
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("时间格式无效：明天早上");

        var unknownLevel = duty.postForm("/warnings", "/warnings", Map.of("hazard", "TIDE", "level", "PURPLE",
                "townshipCodes", SHIPU));
        assertThat(unknownLevel.body()).contains("未知的预警级别：PURPLE");

        ApiClient api = new ApiClient(port);
        var apiBackwards = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", List.of(SHIPU), "onsetAt", "2026-08-10T04:00:00Z", "expiresAt", "2026-08-10T00:00:00Z")), "duty");
        assertThat(apiBackwards.status()).isEqualTo(400);
        assertThat(apiBackwards.code()).isEqualTo("WARNING_EXPIRES_BEFORE_ONSET");
        var apiGarbled = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", List.of(SHIPU), "onsetAt", "明天早上")), "duty");
        assertThat(apiGarbled.status()).isEqualTo(400);
        assertThat(apiGarbled.code()).isEqualTo("REQUEST_MALFORMED");
        var apiNoTownship = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", List.of())), "duty");
        assertThat(apiNoTownship.code()).isEqualTo("WARNING_TOWNSHIPS_REQUIRED");
        assertThat(apiNoTownship.json().path("message").asString()).isEqualTo("请至少选择一个受影响的乡镇（街道）");
    }

    @Test
    void theCommanderWhoSubmittedIsToldAnotherMustApproveAndTheTownshipSubmitsOnlyItsOwn() {
        ApiClient api = new ApiClient(port);
        String own = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", List.of(SHIPU))), "commander").json().path("id").asString();
        var commander = PageSession.signedIn(port, "commander");
        assertThat(commander.postForm("/warnings/" + own, "/warnings/" + own + "/submit", Map.of()).statusCode()).isEqualTo(302);
        var review = commander.get("/warnings/" + own).body();
        assertThat(review).contains("id=\"four-eyes\"").contains("须由另一位指挥长批准").doesNotContain("id=\"approve\"");
        var refused = commander.postForm("/warnings/" + own, "/warnings/" + own + "/approve", Map.of());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(commander.get("/warnings/" + own).body()).contains("提交审核的人不能批准同一条预警");
        assertThat(api.get("/api/warnings/" + own, "duty").json().path("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(commander.postForm("/warnings/" + own, "/warnings/" + own + "/send-back", Map.of())
                .statusCode()).isEqualTo(302);
        assertThat(commander.get("/warnings/" + own).body()).contains("data-status=\"DRAFT\"").contains("id=\"submit\"");

        String both = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "TIDE", "level", "BLUE",
                "townshipCodes", List.of(SHIPU, HEPU))), "duty").json().path("id").asString();
        var township = PageSession.signedIn(port, "township-shipu");
        var page = township.get("/warnings/" + both);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"submit\"");
        assertThat(api.post("/api/warnings/" + both + "/submit", null, "township-shipu").code()).isEqualTo("SCOPE_TOWNSHIP_DENIED");
        assertThat(api.get("/api/warnings/" + both, "duty").json().path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void theDutyDeskRecordsAnOfficialsAcknowledgementOnThePage() {
        ApiClient api = new ApiClient(port);
        String township = "330225203";
        String id = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "GALE", "level", "BLUE",
                "townshipCodes", List.of(township))), "duty").json().path("id").asString();
        api.post("/api/warnings/" + id + "/submit", null, "duty");
        assertThat(api.post("/api/warnings/" + id + "/approve", null, "commander").status()).isEqualTo(200);
        long callout = api.get("/api/warnings/" + id + "/delivery", "duty").json().path("callouts").get(0).path("id").asLong();
        String action = "/warnings/" + id + "/callouts/" + callout + "/acknowledge";

        var inspector = PageSession.signedIn(port, "inspector");
        assertThat(inspector.get("/warnings/" + id).body()).doesNotContain("class=\"acknowledge\"");
        assertThat(inspector.postForm("/warnings/" + id, action, Map.of()).statusCode()).isEqualTo(302);
        assertThat(inspector.get("/warnings/" + id).body()).contains("您的角色无权执行该操作").contains("等待叫应");

        var duty = PageSession.signedIn(port, "duty");
        assertThat(duty.get("/warnings/" + id).body()).contains(action).contains("等待叫应");
        assertThat(duty.postForm("/warnings/" + id, action, Map.of()).statusCode()).isEqualTo(302);
        assertThat(duty.get("/warnings/" + id + "/progress").body()).contains("已叫应").doesNotContain(action);
        assertThat(api.get("/api/warnings/" + id + "/delivery", "duty").json().path("callouts").get(0)
                .path("acknowledgedBy").asString()).isEqualTo("duty");
        duty.postForm("/warnings/" + id, action, Map.of());
        assertThat(duty.get("/warnings/" + id).body()).contains("该叫应已确认");
    }
}
