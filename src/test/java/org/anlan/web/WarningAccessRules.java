package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/**
 * Matrix rows of the warning module. Everybody signed in reads; a township-bound user reads only warnings naming
 * their township. County duty officers, commanders, administrators and the township officer (warnings naming only
 * their own township) draft, edit and submit; only the commander approves, updates and cancels (conflicts after the
 * first call are expected, so access only). Officials' acknowledgements (叫应) are recorded by the duty desk and, for
 * their own township, the township officer. The Atom feed is public. POST /api/cap takes XML: its rows are
 * {@code AuthorizationMatrixIT.capImportAllowsTheImportersOnly}.
 */
final class WarningAccessRules {

    /** 鹤浦镇 and 石浦镇 together: the Shipu township officer reads it but may not submit it. */
    static final List<String> SHIPU_AND_HEPU = List.of(SHIPU, HEPU);
    /** A township of 15,000 people, so that delivering the matrix's issued warning stays small. */
    static final String ISSUED_TOWNSHIP = "330225201";
    static final Set<Role> CAP_IMPORTERS = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.DEPARTMENT_OFFICER);

    private WarningAccessRules() {
    }

    static Map<String, Object> draft(String township) {
        return draft(List.of(township));
    }

    static Map<String, Object> draft(List<String> townships) {
        return Map.of("hazard", "TIDE", "level", "BLUE", "townshipCodes", townships, "description", "矩阵测试预警");
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipu = created(api, List.of(SHIPU));
        String hepu = created(api, List.of(HEPU));
        String both = created(api, SHIPU_AND_HEPU);
        String issued = issued(api, ISSUED_TOWNSHIP);
        long callout = api.get("/api/warnings/" + issued + "/delivery", "duty").json().path("callouts").get(0).path("id").asLong();
        Set<Role> drafters = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Set<Role> county = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        Set<Role> readersOfShipu = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER));
        Set<Role> countyReaders = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER));
        return List.of(
                AccessRule.of("GET", "/api/warnings", EVERYONE),
                AccessRule.of("GET", "/api/warnings?status=ISSUED&township=" + HEPU, EVERYONE),
                AccessRule.of("GET", "/api/warnings/lead-times", EVERYONE),
                AccessRule.open("GET", "/api/warnings/feed"),
                AccessRule.open("GET", "/cap/feed.atom"),
                AccessRule.of("GET", "/api/warnings/" + shipu, readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + shipu + "/versions", readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + shipu + "/cap", readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + shipu + "/delivery", readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + both, readersOfShipu),
                AccessRule.of("GET", "/api/warnings/" + hepu, countyReaders),
                AccessRule.of("GET", "/api/warnings/" + hepu + "/versions", countyReaders),
                AccessRule.of("GET", "/api/warnings/" + hepu + "/cap", countyReaders),
                AccessRule.of("GET", "/api/warnings/" + hepu + "/delivery", countyReaders),
                AccessRule.of("GET", "/api/warnings/" + issued + "/delivery", countyReaders),
                AccessRule.of("POST", "/api/warnings", drafters).withBody(() -> ApiClient.json(draft(SHIPU))),
                AccessRule.of("POST", "/api/warnings", county).withBody(() -> ApiClient.json(draft(HEPU))),
                AccessRule.of("POST", "/api/warnings", county).withBody(() -> ApiClient.json(draft(SHIPU_AND_HEPU))),
                AccessRule.of("PUT", "/api/warnings/" + shipu, drafters).withBody(() -> ApiClient.json(draft(SHIPU))).accessOnly(),
                AccessRule.of("PUT", "/api/warnings/" + hepu, county).withBody(() -> ApiClient.json(draft(HEPU))).accessOnly(),
                AccessRule.of("PUT", "/api/warnings/" + both, county).withBody(() -> ApiClient.json(draft(SHIPU_AND_HEPU)))
                        .accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + both + "/submit", county).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + hepu + "/submit", county).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/submit", drafters).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/approve", EnumSet.of(Role.COMMANDER)).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/send-back", EnumSet.of(Role.COMMANDER)).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + issued + "/update", EnumSet.of(Role.COMMANDER))
                        .withBody(() -> ApiClient.json(draft(ISSUED_TOWNSHIP))).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/cancel", EnumSet.of(Role.COMMANDER)).accessOnly(),
                AccessRule.of("POST", "/api/warnings/" + shipu + "/onset", county)
                        .withBody(() -> ApiClient.json(Map.of("observedOnsetAt", "2026-08-10T02:00:00Z"))),
                AccessRule.of("POST", "/api/warnings/" + hepu + "/onset", county)
                        .withBody(() -> ApiClient.json(Map.of("observedOnsetAt", "2026-08-10T02:00:00Z"))),
                AccessRule.of("POST", "/api/warnings/" + issued + "/callouts/" + callout + "/acknowledge", county)
                        .accessOnly(),
                AccessRule.of("GET", "/api/warnings/officials", drafters),
                AccessRule.of("GET", "/api/warnings/officials?township=" + HEPU, drafters),
                AccessRule.of("POST", "/api/warnings/officials", drafters)
                        .withBody(() -> ApiClient.json(official("矩阵石浦", SHIPU))),
                AccessRule.of("POST", "/api/warnings/officials", county)
                        .withBody(() -> ApiClient.json(official("矩阵鹤浦", HEPU))),
                AccessRule.of("POST", "/api/warnings/officials", county)
                        .withBody(() -> ApiClient.json(official("矩阵县级", null))),
                AccessRule.of("PUT", "/api/warnings/officials/" + rosterEntry(api, SHIPU), drafters)
                        .withBody(() -> ApiClient.json(official("矩阵石浦改", SHIPU))).accessOnly(),
                AccessRule.of("PUT", "/api/warnings/officials/" + rosterEntry(api, HEPU), county)
                        .withBody(() -> ApiClient.json(official("矩阵鹤浦改", HEPU))).accessOnly(),
                AccessRule.of("DELETE", "/api/warnings/officials/" + rosterEntry(api, SHIPU), drafters).accessOnly(),
                AccessRule.of("DELETE", "/api/warnings/officials/" + rosterEntry(api, HEPU), county).accessOnly());
    }

    /** A rank-5 roster entry with a unique name (rank 5 is never reached by the matrix's own warnings). */
    static Map<String, Object> official(String name, String township) {
        Map<String, Object> o = new java.util.HashMap<>();
        o.put("name", name + AccessRule.UNIQUE.incrementAndGet());
        o.put("position", "矩阵测试");
        o.put("phone", "13900000000");
        o.put("townshipCode", township);
        o.put("rank", 5);
        return o;
    }

    private static String rosterEntry(ApiClient api, String township) {
        var response = api.post("/api/warnings/officials", ApiClient.json(official("矩阵名单", township)), "duty");
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot add the matrix roster entry: " + response);
        }
        return response.json().path("id").asString();
    }

    /** Page rows: the list, a warning of Shipu, of Hepu, and the progress fragment the detail page polls. */
    static List<AuthorizationMatrixIT.Page> pages(ApiClient api) {
        String shipu = created(api, List.of(SHIPU));
        String hepu = created(api, List.of(HEPU));
        Set<Role> readersOfShipu = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER));
        Set<Role> countyReaders = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER));
        return List.of(
                new AuthorizationMatrixIT.Page("/warnings", EVERYONE),
                new AuthorizationMatrixIT.Page("/warnings/officials",
                        EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER)),
                new AuthorizationMatrixIT.Page("/warnings/" + shipu, readersOfShipu),
                new AuthorizationMatrixIT.Page("/warnings/" + hepu, countyReaders),
                AuthorizationMatrixIT.Page.fragment("/warnings/" + shipu + "/progress", readersOfShipu),
                AuthorizationMatrixIT.Page.fragment("/warnings/" + hepu + "/progress", countyReaders));
    }

    /** A CAP exercise message (status Exercise: imported as a draft, nothing is sent) for the import rows. */
    static String capExercise(int sequence) {
        return """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>33000041600000_20260810100000_%d</identifier>
                  <sender>浙江省气象台</sender>
                  <sent>2026-08-10T10:00:00+08:00</sent>
                  <status>Exercise</status>
                  <msgType>Alert</msgType>
                  <scope>Public</scope>
                  <info>
                    <language>zh-CN</language>
                    <category>Met</category>
                    <event>海岸风险</event>
                    <urgency>Expected</urgency>
                    <severity>Minor</severity>
                    <certainty>Likely</certainty>
                    <eventCode><valueName>GB/T 35965.1 eventType</valueName><value>11E101_blue</value></eventCode>
                    <headline>浙江省气象台发布海岸风险蓝色预警（演练）</headline>
                    <area><areaDesc>象山县鹤浦镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>330225103000</value></geocode></area>
                  </info>
                </alert>
                """.formatted(sequence % 10);
    }

    private static String created(ApiClient api, List<String> townships) {
        var response = api.post("/api/warnings", ApiClient.json(draft(townships)), "duty");
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot draft the matrix warning: " + response);
        }
        return response.json().path("id").asString();
    }

    private static String issued(ApiClient api, String township) {
        String id = created(api, List.of(township));
        var submitted = api.post("/api/warnings/" + id + "/submit", null, "duty");
        var approved = api.post("/api/warnings/" + id + "/approve", null, "commander");
        if (submitted.status() != 200 || approved.status() != 200) {
            throw new IllegalStateException("Cannot issue the matrix warning: " + submitted + " " + approved);
        }
        return id;
    }
}
