package org.anlan.county;

import java.io.IOException;
import java.io.InputStream;
import org.anlan.platform.error.ApiException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county map (offline ECharts) and the township record pages. */
@Controller
class MapPageController {

    private final CountyGeography geography;
    private final String tileUrl;

    MapPageController(CountyGeography geography, @Value("${anlan.map.tile-url:}") String tileUrl) {
        this.geography = geography;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("townships", geography.townships());
        model.addAttribute("circles", geography.rescueCircles());
        model.addAttribute("approximate", geography.boundariesApproximate());
        model.addAttribute("tileUrl", tileUrl);
        return "county/map";
    }

    @PostMapping("/map/boundaries")
    @PreAuthorize("hasRole('ADMIN')")
    String importBoundaries(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            BoundaryImportReport report = geography.importBoundaries(in,
                    file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
            redirect.addFlashAttribute("imported", report);
        } catch (BoundaryImportException e) {
            redirect.addFlashAttribute("importError", e.getMessage());
        }
        return "redirect:/map";
    }

    @GetMapping("/townships/{code}")
    String township(@PathVariable String code, Model model) {
        Township township = geography.profile(code);
        model.addAttribute("township", township);
        model.addAttribute("villages", geography.villages(code));
        model.addAttribute("circle", geography.rescueCircles().stream()
                .filter(c -> c.members().contains(code)).findFirst().orElse(null));
        model.addAttribute("villageKinds", Village.VillageKind.values());
        return "county/township";
    }

    @PostMapping("/townships/{code}/villages")
    String addVillage(@PathVariable String code, @RequestParam String name, @RequestParam Village.VillageKind kind,
                      @RequestParam(required = false) String villageCode, @RequestParam(required = false) Integer population,
                      RedirectAttributes redirect) {
        try {
            if (name.isBlank() || name.length() > 60 || (villageCode != null && !villageCode.isBlank()
                    && !villageCode.matches("\\d{12}"))) {
                throw ApiException.badRequest("VALIDATION_FAILED", "error.validation");
            }
            geography.addVillage(code, new NewVillage(blankToNull(villageCode), name.trim(), kind, null, null, population));
            redirect.addFlashAttribute("saved", true);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/townships/" + code;
    }

    @PostMapping("/townships/{code}")
    String updateProfile(@PathVariable String code, @RequestParam(required = false) Integer population,
                         @RequestParam(required = false) String dutyPhone,
                         @RequestParam(required = false) String contactPerson, RedirectAttributes redirect) {
        try {
            geography.updateProfile(code, new TownshipProfileChange(population, blankToNull(dutyPhone), blankToNull(contactPerson)));
            redirect.addFlashAttribute("saved", true);
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/townships/" + code;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
