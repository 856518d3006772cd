package org.anlan.typhoon;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The typhoon pages: the list of tracks with the upload form, and one track on the map with its impact. */
@Controller
class TyphoonPageController {

    private final TyphoonTracks typhoons;
    private final TyphoonViews views;
    private final String tileUrl;
    private final DateTimeFormatter beijing;

    TyphoonPageController(TyphoonTracks typhoons, TyphoonViews views, Clock clock,
                          @Value("${anlan.map.tile-url:}") String tileUrl) {
        this.typhoons = typhoons;
        this.views = views;
        this.tileUrl = tileUrl;
        this.beijing = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(clock.getZone());
    }

    @GetMapping("/typhoons")
    String list(Model model) {
        model.addAttribute("tracks", typhoons.tracks());
        model.addAttribute("formats", TrackFormat.values());
        return "typhoon/index";
    }

    @PostMapping("/typhoons")
    @PreAuthorize(TyphoonApiController.IMPORTERS)
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format,
                      RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            List<TrackSummary> imported = typhoons.importFile(in, file.getOriginalFilename(),
                    TyphoonApiController.format(format));
            redirect.addFlashAttribute("imported", imported);
            if (imported.size() == 1) {
                return "redirect:/typhoons/" + imported.get(0).id();
            }
        } catch (ApiException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/typhoons";
    }

    @GetMapping("/typhoons/{id}")
    String track(@PathVariable UUID id, Model model) {
        StoredTrack stored = typhoons.requireTrack(new TrackId(id));
        model.addAttribute("track", stored.summary());
        TrackImpact impact = typhoons.impact(stored.summary().trackId());
        List<PlaceImpact> places = new ArrayList<>();
        places.add(impact.countyCentre());
        places.addAll(impact.townships());
        model.addAttribute("impact", impact);
        model.addAttribute("places", places);
        model.addAttribute("levels", Arrays.stream(ImpactAnalysis.LEVELS).boxed().toList());
        model.addAttribute("beijing", beijing);
        model.addAttribute("tileUrl", tileUrl);
        // the vessel module's recall issuers see its form for a recall from this track
        model.addAttribute("mayRecall", CurrentActor.find()
                .map(a -> a.hasAnyRole(Role.ADMIN, Role.COMMANDER, Role.DEPARTMENT_OFFICER)).orElse(false));
        return "typhoon/detail";
    }

    /** The page's own data: the API takes bearer tokens only, the page has the signed-in session. */
    @GetMapping(value = "/typhoons/{id}/track.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    TyphoonViews.TrackJson trackData(@PathVariable UUID id) {
        return views.track(id);
    }

    @GetMapping(value = "/typhoons/{id}/impact.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> impactData(@PathVariable UUID id, @RequestParam(defaultValue = "60") int stepMinutes) {
        return views.impact(id, stepMinutes, true);
    }

    @GetMapping(value = "/typhoons/{id}/wind-areas.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String windAreaData(@PathVariable UUID id, @RequestParam String at) {
        return views.windAreas(id, at);
    }
}
