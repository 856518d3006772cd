package org.anlan.monitoring;

import java.util.Comparator;
import org.anlan.county.CountyGeography;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 监测 page: stations on the county map by level, township rainfall, a station's hourly chart, official signals. */
@Controller
class MonitoringPageController {

    private final Monitoring monitoring;
    private final CountyGeography county;

    MonitoringPageController(Monitoring monitoring, CountyGeography county) {
        this.monitoring = monitoring;
        this.county = county;
    }

    @GetMapping("/monitoring")
    String page(Model model) {
        var stations = monitoring.stations().stream()
                .sorted(Comparator.comparing((ObservationEngine.StationView v) -> v.highest()).reversed()
                        .thenComparing(v -> v.station().id()))
                .toList();
        model.addAttribute("stations", stations);
        model.addAttribute("rainfall", monitoring.rainfall(null));
        model.addAttribute("signals", monitoring.signals());
        model.addAttribute("rules", monitoring.rules());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("firstGauge", stations.stream().filter(v -> v.station().kind() == StationKind.RAIN_GAUGE)
                .map(v -> v.station().id()).findFirst().orElse(null));
        return "monitoring/index";
    }
}
