package org.anlan.shelter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.supply.SupplyDepots;
import org.anlan.supply.SupplyItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 避灾安置 pages: the shelter map (occupancy and needs in each marker's popup), standardisation rates per
 * township and the list; a shelter's page with opening and closing, check-in and check-out, occupancy, needs
 * and the checklist. A refused change (full, closed, another township) comes back as a message on the page.
 */
@Controller
class ShelterPageController {

    /** One shelter as the map and the list show it; {@code needs} is "item quantity unit" text for the popup. */
    record ShelterRow(Shelter shelter, boolean standardised, Occupancy occupancy, String needs) {
    }

    private final ShelterRegistry registry;
    private final ShelterOccupancy occupancy;
    private final SupplyDepots supplies;
    private final CountyGeography county;

    ShelterPageController(ShelterRegistry registry, ShelterOccupancy occupancy, SupplyDepots supplies,
                          CountyGeography county) {
        this.registry = registry;
        this.occupancy = occupancy;
        this.supplies = supplies;
        this.county = county;
    }

    @GetMapping("/shelters")
    String page(@RequestParam(required = false) String township, Model model) {
        String filter = township == null || township.isBlank() ? null : township.trim();
        Set<UUID> standardised = registry.standardisedIds();
        Map<UUID, Integer> present = occupancy.presentByShelter();
        List<SupplyItem> items = supplies.catalogue().stream().filter(SupplyItem::neededByEvacuees).toList();
        List<ShelterRow> rows = registry.shelters(filter).stream().map(s -> {
            int people = present.getOrDefault(s.id(), 0);
            return new ShelterRow(s, standardised.contains(s.id()), new Occupancy(people, s.capacity()),
                    needsText(items, people));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("township", filter);
        model.addAttribute("rates", registry.rates());
        model.addAttribute("townships", county.townships());
        model.addAttribute("townshipNames", county.townshipNames());
        model.addAttribute("totalShelters", rows.size());
        model.addAttribute("openShelters", rows.stream().filter(r -> r.shelter().open()).count());
        model.addAttribute("totalPresent", rows.stream().mapToInt(r -> r.occupancy().present()).sum());
        model.addAttribute("totalCapacity", rows.stream().mapToLong(r -> r.shelter().capacity()).sum());
        return "shelter/index";
    }

    @GetMapping("/shelters/{id}")
    String shelter(@PathVariable UUID id, Model model) {
        Shelter shelter = registry.require(id);
        model.addAttribute("shelter", shelter);
        model.addAttribute("standardised", registry.standardisedIds().contains(id));
        model.addAttribute("occupancy", occupancy.occupancy(id));
        model.addAttribute("needs", occupancy.needs(id));
        Map<StandardItem, ShelterCheck> checks = registry.checklist(id).stream()
                .collect(Collectors.toMap(ShelterCheck::item, c -> c));
        model.addAttribute("checks", checks);
        model.addAttribute("checkItems", StandardItem.values());
        model.addAttribute("townshipName", county.townshipNames().get(shelter.townshipCode()));
        boolean manages = CurrentActor.find().map(a -> a.hasAnyRole(ShelterRegistry.MANAGERS)
                && a.mayAccessTownship(shelter.townshipCode())).orElse(false);
        model.addAttribute("manages", manages);
        model.addAttribute("stays", manages ? occupancy.stays(id, true) : List.of());
        model.addAttribute("villages", manages ? county.villages(shelter.townshipCode()) : List.of());
        return "shelter/detail";
    }

    @PostMapping("/shelters/{id}/open")
    String open(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.open(id));
    }

    @PostMapping("/shelters/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.close(id));
    }

    @PostMapping("/shelters/{id}/stays")
    String checkIn(@PathVariable UUID id, @RequestParam(required = false) String householdHead,
                   @RequestParam(required = false) String idNumber, @RequestParam(required = false) UUID villageId,
                   @RequestParam(required = false) Integer people, @RequestParam(required = false) String phone,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            String villageName = villageId == null ? null : county.villages(registry.require(id).townshipCode()).stream()
                    .filter(v -> v.id().equals(villageId)).map(org.anlan.county.Village::name).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("VILLAGE_UNKNOWN", "error.shelter.village", villageId));
            occupancy.checkIn(id, new CheckIn(householdHead, idNumber, villageId, villageName, people, phone));
        });
    }

    @PostMapping("/shelters/{id}/stays/{stayId}/check-out")
    String checkOut(@PathVariable UUID id, @PathVariable UUID stayId, RedirectAttributes redirect) {
        return act(id, redirect, () -> occupancy.checkOut(id, stayId));
    }

    @PostMapping("/shelters/{id}/demands")
    String raiseDemands(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> redirect.addFlashAttribute("raised", occupancy.raiseDemands(id).size()));
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (ApiException e) {
            if (e.status().value() == 403 || e.status().value() == 401) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/shelters/" + id;
    }

    private String needsText(List<SupplyItem> items, int people) {
        if (people == 0) {
            return "";
        }
        return items.stream().map(item -> item.name() + " " + occupancy.needed(item, people) + item.unit())
                .collect(Collectors.joining("，"));
    }
}
