package org.anlan.supply;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.county.CountyGeography;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 应急物资 page: depots with their stock, expiry and shortfall alerts, reserve areas, the ledger and demands. */
@Controller
class SupplyPageController {

    private final SupplyDepots depots;
    private final StockLedger ledger;
    private final SupplyDemands demands;
    private final Requisitions requisitions;
    private final DonationDesk donations;
    private final CountyGeography county;

    SupplyPageController(SupplyDepots depots, StockLedger ledger, SupplyDemands demands, Requisitions requisitions,
                         DonationDesk donations, CountyGeography county) {
        this.depots = depots;
        this.ledger = ledger;
        this.demands = demands;
        this.requisitions = requisitions;
        this.donations = donations;
        this.county = county;
    }

    @GetMapping("/supplies")
    String page(@RequestParam(required = false) String township, @RequestParam(required = false) UUID depot, Model model) {
        String filter = township == null || township.isBlank() ? null : township.trim();
        List<Depot> all = depots.depots();
        List<SupplyItem> items = depots.catalogue();
        model.addAttribute("depots", all.stream().filter(d -> filter == null || d.townshipCode().equals(filter)).toList());
        Map<UUID, Map<String, Long>> stock = depots.stockByDepot();
        all.forEach(d -> stock.putIfAbsent(d.id(), Map.of()));
        model.addAttribute("stock", stock);
        model.addAttribute("items", items);
        model.addAttribute("itemNames", items.stream().collect(Collectors.toMap(SupplyItem::code, SupplyItem::name)));
        model.addAttribute("depotNames", all.stream().collect(Collectors.toMap(Depot::id, Depot::name)));
        model.addAttribute("township", filter);
        model.addAttribute("townships", county.townships());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("expiry", depots.expiryAlerts());
        model.addAttribute("shortfalls", depots.shortfalls().stream()
                .filter(s -> filter == null || s.townshipCode().equals(filter)).toList());
        model.addAttribute("targets", depots.reserveTargets());
        model.addAttribute("ledger", ledger.movements(depot, 50));
        model.addAttribute("demands", demands.find(null, filter));
        model.addAttribute("requisitions", requisitions.all());
        model.addAttribute("donations", donations.donations());
        Map<String, Long> totals = stock.values().stream().flatMap(m -> m.entrySet().stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingLong(Map.Entry::getValue)));
        model.addAttribute("totals", totals);
        return "supply/index";
    }
}
