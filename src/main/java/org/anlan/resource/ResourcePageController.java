package org.anlan.resource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anlan.county.CountyGeography;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 救援力量 page: counts per kind, teams on a map and in a table, experts and equipment. */
@Controller
class ResourcePageController {

    record KindCount(TeamKind kind, long teams, long people) {
    }

    private final RescueForces forces;
    private final CountyGeography county;

    ResourcePageController(RescueForces forces, CountyGeography county) {
        this.forces = forces;
        this.county = county;
    }

    @GetMapping("/resources")
    String page(Model model) {
        List<RescueTeam> teams = forces.teams();
        Map<TeamKind, long[]> counts = new EnumMap<>(TeamKind.class);
        teams.forEach(t -> {
            long[] c = counts.computeIfAbsent(t.kind(), k -> new long[2]);
            c[0]++;
            c[1] += t.headcount();
        });
        model.addAttribute("kindCounts", counts.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
        model.addAttribute("teams", teams);
        model.addAttribute("experts", forces.experts());
        model.addAttribute("equipment", forces.equipment());
        model.addAttribute("townshipNames", county.townshipNames());
        return "resource/index";
    }
}
