package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;
import static org.anlan.web.AccessRule.HEPU;
import static org.anlan.web.AccessRule.SHIPU;
import static org.anlan.web.AccessRule.UNIQUE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.security.Role;
import org.anlan.support.ApiClient;

/**
 * Matrix rows of the vessel module. The CPA calculator is open; everybody signed in reads (township-bound users
 * their own township's boats); county roles and the township officer (own township) change the registry; county
 * roles draw fences; commanders, department officers and administrators issue recalls (by order or from a typhoon
 * track).
 */
final class VesselAccessRules {

    private VesselAccessRules() {
    }

    static Map<String, Object> vessel(String name, String township, String port) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("registrationNo", "MATRIX-" + name);
        v.put("beidouTerminal", "BDM-" + name);
        v.put("kind", "FISHING");
        v.put("homePort", port);
        v.put("townshipCode", township);
        v.put("lengthM", 20);
        v.put("powerKw", 100);
        v.put("serviceSpeedKn", 9);
        v.put("crewCapacity", 6);
        v.put("ownerName", "矩阵船东");
        v.put("terminals", List.of("BEIDOU"));
        return v;
    }

    static List<AccessRule> rules(ApiClient api) {
        String shipuName = "矩阵石浦" + UNIQUE.incrementAndGet();
        String hepuName = "矩阵鹤浦" + UNIQUE.incrementAndGet();
        String shipuVessel = created(api, "/api/vessels", vessel(shipuName, SHIPU, "SHIPU"));
        String hepuVessel = created(api, "/api/vessels", vessel(hepuName, HEPU, "HEPU"));
        Set<Role> managers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Set<Role> county = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        Set<Role> issuers = EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.DEPARTMENT_OFFICER);
        Set<Role> notGrid = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER));
        Set<Role> notBound = EnumSet.complementOf(EnumSet.of(Role.GRID_MEMBER, Role.TOWNSHIP_OFFICER));
        String deadline = Instant.now().plusSeconds(6 * 3600).toString();
        Map<String, Object> recall = Map.of("title", "矩阵回港令", "deadline", deadline,
                "area", Map.of("lat", 10.0, "lon", 150.0, "radiusKm", 1.0));
        String recallId = created(api, "/api/vessels/recalls", recall);
        Map<String, Object> typhoonRecall = Map.of("trackId", farAwayTrack(api), "level", 6, "horizonHours", 12);
        List<AccessRule> rules = new ArrayList<>(List.of(
                AccessRule.open("POST", "/api/vessels/cpa").withBody(() -> ApiClient.json(Map.of(
                        "a", Map.of("lat", 29.0, "lon", 122.0, "sog", 10, "cog", 0),
                        "b", Map.of("lat", 29.1, "lon", 122.0, "sog", 10, "cog", 180)))),
                AccessRule.of("GET", "/api/vessels", EVERYONE),
                AccessRule.of("GET", "/api/vessels/" + shipuVessel, notGrid),
                AccessRule.of("GET", "/api/vessels/" + hepuVessel, notBound),
                AccessRule.of("GET", "/api/vessels/" + shipuVessel + "/crew", notGrid),
                AccessRule.of("GET", "/api/vessels/" + shipuVessel + "/track", notGrid),
                AccessRule.of("GET", "/api/vessels/positions", EVERYONE),
                AccessRule.of("GET", "/api/vessels/export", EVERYONE),
                AccessRule.of("GET", "/api/vessels/harbours", EVERYONE),
                AccessRule.of("GET", "/api/vessels/fishing-grounds", EVERYONE),
                AccessRule.of("GET", "/api/vessels/fences", EVERYONE),
                AccessRule.of("GET", "/api/vessels/alarms", EVERYONE),
                AccessRule.of("GET", "/api/vessels/recalls", EVERYONE),
                AccessRule.of("GET", "/api/vessels/recalls/" + recallId, EVERYONE),
                AccessRule.of("POST", "/api/vessels", managers)
                        .withBody(() -> ApiClient.json(vessel("矩阵新船" + UNIQUE.incrementAndGet(), SHIPU, "SHIPU"))),
                AccessRule.of("POST", "/api/vessels", county)
                        .withBody(() -> ApiClient.json(vessel("矩阵新船" + UNIQUE.incrementAndGet(), HEPU, "HEPU"))),
                AccessRule.of("PUT", "/api/vessels/" + shipuVessel, managers).withBody(() -> {
                    var v = vessel(shipuName, SHIPU, "SHIPU");
                    v.put("crewCapacity", 5 + UNIQUE.incrementAndGet() % 5);
                    return ApiClient.json(v);
                }),
                AccessRule.of("PUT", "/api/vessels/" + hepuVessel, county).withBody(() -> {
                    var v = vessel(hepuName, HEPU, "HEPU");
                    v.put("crewCapacity", 5 + UNIQUE.incrementAndGet() % 5);
                    return ApiClient.json(v);
                }),
                AccessRule.of("POST", "/api/vessels/" + shipuVessel + "/crew", managers)
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵船员" + UNIQUE.incrementAndGet(), "position", "水手"))),
                AccessRule.of("POST", "/api/vessels/" + hepuVessel + "/crew", county)
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵船员" + UNIQUE.incrementAndGet(), "position", "水手"))),
                AccessRule.of("POST", "/api/vessels/beidou", EnumSet.of(Role.ADMIN, Role.DUTY_OFFICER))
                        .withBody(() -> ApiClient.json(Map.of("reports", List.of(Map.of("terminal", "BDM-" + shipuName,
                                "time", Instant.now().toString(), "lat", 29.205, "lon", 121.955))))),
                AccessRule.of("PUT", "/api/vessels/harbours/GAOTANG/capacity", county)
                        .withBody(() -> ApiClient.json(Map.of("capacity", 200))),
                AccessRule.of("PUT", "/api/vessels/harbours/SHIPU_INNER/capacity", managers)
                        .withBody(() -> ApiClient.json(Map.of("capacity", 600))),
                AccessRule.of("POST", "/api/vessels/fences", county)
                        .withBody(() -> ApiClient.json(Map.of("name", "矩阵围栏" + UNIQUE.incrementAndGet(), "kind", "RESTRICTED",
                                "area", Map.of("lat", 10.0, "lon", 150.0, "radiusKm", 1.0)))),
                AccessRule.of("POST", "/api/vessels/recalls", issuers)
                        .withBody(() -> ApiClient.json(recall)),
                AccessRule.of("POST", "/api/vessels/recalls/from-typhoon", issuers)
                        .withBody(() -> ApiClient.json(typhoonRecall)),
                AccessRule.of("GET", "/api/vessels/recall-proposals", EVERYONE),
                AccessRule.of("PUT", "/api/vessels/recall-proposals/" + java.util.UUID.randomUUID() + "/approved", issuers)
                        .accessOnly(),
                AccessRule.of("PUT", "/api/vessels/recall-proposals/" + java.util.UUID.randomUUID() + "/dismissed", issuers)
                        .accessOnly(),
                AccessRule.of("PUT", "/api/vessels/recalls/" + recallId + "/lifted", issuers)));
        return rules;
    }

    /** A storm in the open Pacific (10 N 150 E), so that the recalls the matrix issues from it take no boat. */
    private static String farAwayTrack(ApiClient api) {
        var time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minusSeconds(12 * 3600);
        String number = String.valueOf(7000 + UNIQUE.incrementAndGet() % 1000);
        StringBuilder csv = new StringBuilder("Time,IntensityCategory,LAT,LON,PRES,WND,IntID,InYearID,CNID,Flag,TimeInterval,Name\n");
        for (int i = 0; i < 9; i++) {
            csv.append(time.format(start.plusSeconds(6 * 3600L * i))).append(",3,").append(10.0 + 0.2 * i)
                    .append(",150.0,985.0,28.0,").append(number).append(",1,").append(number).append(",0,6,MATRIX\n");
        }
        var response = api.raw(org.anlan.support.Multipart.fileUpload(api.baseUrl() + "/api/typhoons?format=cma-csv",
                        "file", "matrix.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + api.token("admin")).build());
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot import the matrix track: " + response);
        }
        return response.json().get(0).path("id").asString();
    }

    private static String created(ApiClient api, String path, Map<String, Object> body) {
        var response = api.post(path, ApiClient.json(body), "admin");
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot create the matrix record at " + path + ": " + response);
        }
        return response.json().path("id").asString();
    }
}
