package org.anlan.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 救援力量 page: teams and people per kind, team bases on a map, the filtered team list, experts and equipment. */
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
    String page(@RequestParam(required = false) String township, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String capability, @RequestParam(required = false) String status,
                Model model) {
        TeamFilter filter;
        try {
            filter = TeamFilter.parse(township, kind, capability, status);
        } catch (ApiException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            filter = TeamFilter.ALL;
        }
        List<RescueTeam> all = forces.teams();
        model.addAttribute("kindCounts", kindCounts(all));
        model.addAttribute("totalTeams", all.size());
        model.addAttribute("totalPeople", all.stream().mapToLong(RescueTeam::headcount).sum());
        model.addAttribute("teams", filter.equals(TeamFilter.ALL) ? all : forces.teams(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("experts", forces.experts());
        model.addAttribute("equipment", forces.equipment());
        model.addAttribute("teamNames", all.stream().collect(Collectors.toMap(RescueTeam::id, RescueTeam::name)));
        model.addAttribute("townships", county.townships());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("kinds", TeamKind.values());
        model.addAttribute("statuses", TeamStatus.values());
        model.addAttribute("capabilities", Capabilities.VOCABULARY);
        return "resource/index";
    }

    private static List<KindCount> kindCounts(List<RescueTeam> teams) {
        Map<TeamKind, List<RescueTeam>> byKind = teams.stream().collect(Collectors.groupingBy(RescueTeam::kind));
        return Arrays.stream(TeamKind.values())
                .map(k -> byKind.getOrDefault(k, List.of()))
                .filter(list -> !list.isEmpty())
                .map(list -> new KindCount(list.get(0).kind(), list.size(),
                        list.stream().mapToLong(RescueTeam::headcount).sum()))
                .toList();
    }
}
