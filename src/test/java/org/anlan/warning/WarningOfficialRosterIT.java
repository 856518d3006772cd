package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.anlan.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The 叫应 roster is kept by the county and, for their own township, the township officer: bad input is refused in
 * Chinese with a stable code and stores nothing, every change is audited, a retired official is no longer called,
 * and an official added on the roster is the one called when a warning reaches the township.
 */
@AnlanIntegrationTest
class WarningOfficialRosterIT {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    /** 东陈乡: a small township, so that issuing a warning for it stays quick. */
    static final String DONGCHEN = "330225200";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> official(String name, String township, int rank) {
        Map<String, Object> o = new HashMap<>();
        o.put("name", name);
        o.put("position", "值班副镇长");
        o.put("phone", "13905740000");
        o.put("email", "roster@yjj.example");
        o.put("townshipCode", township);
        o.put("rank", rank);
        return o;
    }

    @Test
    void badInputIsRefusedInChineseWithAStableCodeAndStoresNothing() {
        ApiClient api = new ApiClient(port);
        long before = rosterSize();
        Map<String, Object> badPhone = official("错号码", SHIPU, 2);
        badPhone.put("phone", "call me");
        assertRefused(api.post("/api/warnings/officials", ApiClient.json(badPhone), "duty"), 400,
                "WARNING_OFFICIAL_FIELD_INVALID", "手机号码格式不正确");
        Map<String, Object> badMail = official("错邮箱", SHIPU, 2);
        badMail.put("email", "not-an-address");
        assertRefused(api.post("/api/warnings/officials", ApiClient.json(badMail), "duty"), 400,
                "WARNING_OFFICIAL_FIELD_INVALID", "电子邮箱格式不正确");
        assertRefused(api.post("/api/warnings/officials", ApiClient.json(official("级次过大", SHIPU, 9)), "duty"), 400,
                "WARNING_OFFICIAL_RANK_INVALID", "叫应级次应为 1 到 5");
        assertRefused(api.post("/api/warnings/officials", ApiClient.json(official("无名乡", "330225999", 1)), "duty"), 400,
                "TOWNSHIP_UNKNOWN", null);
        assertRefused(api.post("/api/warnings/officials", ApiClient.json(official(" ", SHIPU, 1)), "duty"), 400,
                "WARNING_OFFICIAL_FIELD_INVALID", "请填写姓名");
        assertThat(rosterSize()).isEqualTo(before);

        String name = "重复测试" + System.nanoTime() % 100_000;
        var first = api.post("/api/warnings/officials", ApiClient.json(official(name, SHIPU, 5)), "duty");
        assertThat(first.status()).isEqualTo(201);
        assertRefused(api.post("/api/warnings/officials", ApiClient.json(official(name, SHIPU, 5)), "duty"), 409,
                "WARNING_OFFICIAL_DUPLICATE", name);
        assertThat(rosterSize()).isEqualTo(before + 1);
        assertThat(api.send("DELETE", "/api/warnings/officials/" + first.json().path("id").asString(), null, "duty").status())
                .isEqualTo(204);
    }

    @Test
    void aTownshipOfficerKeepsOnlyTheirOwnTownshipAndEveryChangeIsAudited() {
        ApiClient api = new ApiClient(port);
        String name = "石浦叫应" + System.nanoTime() % 100_000;
        var added = api.post("/api/warnings/officials", ApiClient.json(official(name, SHIPU, 5)), "township-shipu");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().path("id").asString();
        assertThat(api.post("/api/warnings/officials", ApiClient.json(official(name, HEPU, 5)), "township-shipu").status())
                .isEqualTo(403);
        assertThat(api.post("/api/warnings/officials", ApiClient.json(official(name, null, 5)), "township-shipu").status())
                .as("the county level is kept at the county").isEqualTo(403);
        assertThat(api.get("/api/warnings/officials", "grid").status()).isEqualTo(403);

        JsonNode seen = api.get("/api/warnings/officials?township=" + HEPU, "township-shipu").json();
        assertThat(seen.findValuesAsString("townshipCode")).isNotEmpty().containsOnly(SHIPU);
        assertThat(seen.findValuesAsString("name")).contains(name);

        Map<String, Object> moved = official(name, SHIPU, 5);
        moved.put("email", "new-address@yjj.example");
        var updated = api.put("/api/warnings/officials/" + id, ApiClient.json(moved), "township-shipu");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("email").asString()).isEqualTo("new-address@yjj.example");
        Map<String, Object> toHepu = official(name, HEPU, 5);
        assertThat(api.put("/api/warnings/officials/" + id, ApiClient.json(toHepu), "township-shipu").status()).isEqualTo(403);

        assertThat(api.send("DELETE", "/api/warnings/officials/" + id, null, "township-shipu").status()).isEqualTo(204);
        assertThat(api.get("/api/warnings/officials?township=" + SHIPU, "duty").json().findValuesAsString("name"))
                .doesNotContain(name);
        assertThat(api.send("DELETE", "/api/warnings/officials/" + id, null, "duty").status()).isEqualTo(404);

        assertThat(jdbc.sql("""
                        SELECT action FROM audit_entry WHERE entity_type = 'WarningOfficial' AND entity_id = :id ORDER BY seq""")
                .param("id", id).query(String.class).list())
                .containsExactly("WARNING_OFFICIAL_ADD", "WARNING_OFFICIAL_UPDATE", "WARNING_OFFICIAL_RETIRE");
    }

    @Test
    void theOfficialOnTheRosterIsCalledAndARetiredOneIsNot() {
        ApiClient api = new ApiClient(port);
        String called = "东陈新任值班" + System.nanoTime() % 100_000;
        String retired = "东陈已调离" + System.nanoTime() % 100_000;
        String calledId = api.post("/api/warnings/officials", ApiClient.json(official(called, DONGCHEN, 1)), "duty")
                .json().path("id").asString();
        String retiredId = api.post("/api/warnings/officials", ApiClient.json(official(retired, DONGCHEN, 1)), "duty")
                .json().path("id").asString();
        try {
            assertThat(api.send("DELETE", "/api/warnings/officials/" + retiredId, null, "duty").status()).isEqualTo(204);
            var draft = api.post("/api/warnings", ApiClient.json(Map.of("hazard", "TIDE", "level", "BLUE",
                    "townshipCodes", List.of(DONGCHEN), "description", "叫应名单测试")), "duty");
            String warning = draft.json().path("id").asString();
            assertThat(api.post("/api/warnings/" + warning + "/submit", null, "duty").status()).isEqualTo(200);
            assertThat(api.post("/api/warnings/" + warning + "/approve", null, "commander").status()).isEqualTo(200);
            JsonNode callouts = await().atMost(Duration.ofSeconds(60)).until(
                    () -> api.get("/api/warnings/" + warning + "/delivery", "duty").json().path("callouts"),
                    c -> c.findValuesAsString("officialName").contains(called));
            assertThat(callouts.findValuesAsString("officialName")).doesNotContain(retired);
        } finally {
            api.send("DELETE", "/api/warnings/officials/" + calledId, null, "duty");
        }
    }

    @Test
    void theRosterPageShowsATownshipOfficerTheirTownshipAndRefusesBadInputInChinese() {
        PageSession page = PageSession.signedIn(port, "township-shipu");
        HttpResponse<String> roster = page.get("/warnings/officials");
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.body()).contains("叫应名单", "<td>石浦镇值班领导</td>")
                .doesNotContain("<td>鹤浦镇值班领导</td>", "<td>县应急管理局值班领导</td>");

        String name = "页面添加" + System.nanoTime() % 100_000;
        Map<String, String> form = new HashMap<>(Map.of("townshipCode", SHIPU, "rank", "5", "name", name,
                "position", "副镇长", "phone", "bad", "email", "", "pushToken", ""));
        var refused = page.postForm("/warnings/officials", "/warnings/officials", form);
        assertThat(refused.statusCode()).isEqualTo(302);
        String shown = page.get("/warnings/officials").body();
        assertThat(shown).contains("手机号码格式不正确").contains("value=\"" + name + "\"");

        form.put("phone", "13905749999");
        assertThat(page.postForm("/warnings/officials", "/warnings/officials", form).statusCode()).isEqualTo(302);
        assertThat(page.get("/warnings/officials").body()).contains("已保存：" + name, "13905749999");
        assertThat(PageSession.signedIn(port, "grid").get("/warnings/officials").statusCode()).isEqualTo(403);
    }

    private long rosterSize() {
        return jdbc.sql("SELECT count(*) FROM warning_official").query(Long.class).single();
    }

    private static void assertRefused(ApiClient.Response response, int status, String code, String chinese) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("code").asString()).isEqualTo(code);
        if (chinese != null) {
            assertThat(response.json().path("detail").asString()).contains(chinese);
        }
    }
}
