package org.anlan.vessel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anlan.geo.Geometries;
import org.anlan.platform.error.ApiException;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The vessel registry, live picture, fences, alarms and recalls as JSON. Codes are checked here one by one. */
@RestController
@RequestMapping("/api/vessels")
@Tag(name = "vessels", description = "渔船精密智控 Fishing vessels")
class VesselApiController {

    private static final String MANAGERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','TOWNSHIP_OFFICER')";
    private static final String FENCE_EDITORS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER')";
    private static final String RECALL_ISSUERS = "hasAnyRole('ADMIN','COMMANDER','DEPARTMENT_OFFICER')";
    private static final int MAX_BEIDOU_BATCH = 1000;
    private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    record VesselRequest(String name, String registrationNo, Integer mmsi, String beidouTerminal, String kind,
                         String homePort, String townshipCode, BigDecimal lengthM, BigDecimal powerKw,
                         BigDecimal serviceSpeedKn, Integer crewCapacity, String ownerName, String ownerPhone,
                         List<String> terminals, Boolean registeredElsewhere, Boolean ammoniaRefrigeration) {

        VesselDraft toDraft() {
            Set<TerminalKind> kinds = EnumSet.noneOf(TerminalKind.class);
            if (terminals != null) {
                terminals.forEach(t -> kinds.add(VesselPolicy.terminal(t)));
            }
            return new VesselDraft(name, registrationNo, mmsi, beidouTerminal, kind == null ? null : VesselPolicy.kind(kind),
                    homePort, townshipCode, lengthM, powerKw, serviceSpeedKn, crewCapacity, ownerName, ownerPhone, kinds,
                    Boolean.TRUE.equals(registeredElsewhere), Boolean.TRUE.equals(ammoniaRefrigeration));
        }
    }

    record VesselView(Vessel vessel, Set<VesselFlag> flags) {
    }

    record BeidouReport(String terminal, Instant time, Double lat, Double lon, Double speedKn, Double courseDeg) {
    }

    record BeidouBatch(List<BeidouReport> reports) {
    }

    record Accepted(int received, int registered) {
    }

    /** A drawn area: a closed ring of [lon, lat] pairs, or a circle, or fishing-ground codes (recalls only). */
    record AreaRequest(List<List<Double>> polygon, Double lat, Double lon, Double radiusKm, List<String> fishingGrounds) {
    }

    record FenceRequest(String name, String kind, AreaRequest area, Boolean noEntry, Boolean noExit, Double speedLimitKn,
                        Integer maxDwellMinutes, List<String> appliesTo) {
    }

    record FenceView(UUID id, String name, String kind, String wkt, boolean noEntry, boolean noExit, Double speedLimitKn,
                     Integer maxDwellMinutes, Set<VesselKind> appliesTo, boolean active, boolean synthetic) {

        static FenceView of(FenceDefinition f) {
            return new FenceView(f.id(), f.name(), f.kind(), Geometries.toWkt(f.area()), f.noEntry(), f.noExit(),
                    f.speedLimitKn(), f.maxDwellMinutes(), f.appliesTo(), f.active(), f.synthetic());
        }
    }

    record ActiveRequest(Boolean active) {
    }

    record RecallRequest(String title, AreaRequest area, Instant deadline) {
    }

    record TyphoonRecallRequest(String trackId, Integer level, Integer horizonHours, Double bufferKm, String title) {
    }

    record RecallView(UUID id, String title, Recall.Origin origin, Recall.TyphoonSource typhoon, String areaWkt,
                      Instant deadline, Instant issuedAt, String issuedBy, boolean active, RecallProgress progress,
                      List<RecalledVessel> vessels) {
    }

    record HarbourView(String code, String name, HarbourKind kind, String townshipCode, double lat, double lon,
                       int capacity, boolean approximate, String wkt) {
    }

    record CapacityRequest(Integer capacity) {
    }

    private final VesselRegistry registry;
    private final LivePicture live;
    private final FenceBook fences;
    private final AlarmDesk alarms;
    private final RecallDesk recalls;
    private final TyphoonRecalls typhoonRecalls;
    private final RecallProposalDesk proposals;
    private final PositionIntake intake;
    private final org.springframework.context.MessageSource messages;

    VesselApiController(VesselRegistry registry, LivePicture live, FenceBook fences, AlarmDesk alarms,
                        RecallDesk recalls, TyphoonRecalls typhoonRecalls, RecallProposalDesk proposals,
                        PositionIntake intake, org.springframework.context.MessageSource messages) {
        this.typhoonRecalls = typhoonRecalls;
        this.proposals = proposals;
        this.messages = messages;
        this.registry = registry;
        this.live = live;
        this.fences = fences;
        this.alarms = alarms;
        this.recalls = recalls;
        this.intake = intake;
    }

    @GetMapping
    @Operation(summary = "Registered vessels, filtered by township, kind, home port, text and flag (a township officer: own township)")
    List<VesselView> vessels(@RequestParam(required = false) String township, @RequestParam(required = false) String kind,
                             @RequestParam(required = false) String port, @RequestParam(required = false) String q,
                             @RequestParam(required = false) String flag, @RequestParam(defaultValue = "500") int limit) {
        VesselFilter filter = new VesselFilter(VesselPolicy.trimmed(township),
                VesselPolicy.isBlank(kind) ? null : VesselPolicy.kind(kind), VesselPolicy.trimmed(port),
                VesselPolicy.trimmed(q), VesselPolicy.isBlank(flag) ? null
                : VesselPolicy.parseEnum(VesselFlag.class, flag, "VESSEL_FLAG_UNKNOWN", "error.vessel.flag"), limit);
        return registry.vessels(filter).stream().map(v -> new VesselView(v, v.flags())).toList();
    }

    @GetMapping(path = "/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The registry the caller may see as an Excel workbook (.xlsx)")
    org.springframework.http.ResponseEntity<byte[]> export() {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"vessels.xlsx\"")
                .body(registry.exportWorkbook());
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Import an Excel registry (.xlsx, the export's columns): all rows or none; errors per row")
    org.springframework.http.ResponseEntity<Object> importWorkbook(@RequestPart("file") MultipartFile file,
                                                                   java.util.Locale locale) throws IOException {
        if (file.getSize() > MAX_IMPORT_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", "error.request.tooLarge");
        }
        VesselRegistry.ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = registry.importWorkbook(in);
        }
        if (result.errors().isEmpty()) {
            return org.springframework.http.ResponseEntity.ok(java.util.Map.of("inserted", result.inserted(),
                    "updated", result.updated()));
        }
        var problem = org.springframework.http.ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setProperty("code", "VESSEL_IMPORT_ROWS");
        String message = messages.getMessage("error.vessel.import.rows", new Object[] {result.errors().size()}, locale);
        problem.setProperty("message", message);
        problem.setDetail(message);
        problem.setProperty("rows", result.errors().stream().map(e -> java.util.Map.of("row", e.row(), "code", e.code(),
                "message", messages.getMessage(e.messageKey(), e.arguments().toArray(), e.code(), locale))).toList());
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/{id}")
    VesselView vessel(@PathVariable UUID id) {
        Vessel v = registry.vessel(id);
        return new VesselView(v, v.flags());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Register a vessel (a township officer: in their own township)")
    Vessel register(@RequestBody VesselRequest body) {
        return registry.register(body.toDraft());
    }

    @PutMapping("/{id}")
    @PreAuthorize(MANAGERS)
    Vessel update(@PathVariable UUID id, @RequestBody VesselRequest body) {
        return registry.update(id, body.toDraft());
    }

    @GetMapping("/{id}/crew")
    List<CrewMember> crew(@PathVariable UUID id) {
        return registry.crew(id);
    }

    @PostMapping("/{id}/crew")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    CrewMember addCrew(@PathVariable UUID id, @RequestBody CrewDraft body) {
        return registry.addCrew(id, body);
    }

    @GetMapping("/{id}/track")
    @Operation(summary = "The vessel's downsampled track of the last hours (default 24)")
    List<LivePosition> track(@PathVariable UUID id, @RequestParam(defaultValue = "24") int hours) {
        registry.vessel(id);
        return live.track(id, Duration.ofHours(Math.min(Math.max(hours, 1), 24 * 7)));
    }

    @GetMapping("/positions")
    @Operation(summary = "The last fix of every vessel the caller may see: [id, lat, lon, sog, cog, state, kind]")
    List<Object[]> positions() {
        return intake.visiblePositions();
    }

    @PostMapping("/beidou")
    @PreAuthorize("hasAnyRole('ADMIN','DUTY_OFFICER')")
    @Operation(summary = "Beidou terminal reports (JSON, up to 1000 per call) from the Beidou service platform")
    Accepted beidou(@RequestBody BeidouBatch body) {
        if (body == null || body.reports() == null || body.reports().isEmpty() || body.reports().size() > MAX_BEIDOU_BATCH) {
            throw ApiException.badRequest("BEIDOU_BATCH_INVALID", "error.vessel.beidouBatch", MAX_BEIDOU_BATCH);
        }
        List<PositionFix> fixes = new ArrayList<>(body.reports().size());
        for (int i = 0; i < body.reports().size(); i++) {
            fixes.add(fix(i + 1, body.reports().get(i)));
        }
        return new Accepted(fixes.size(), intake.accept(fixes));
    }

    private static PositionFix fix(int index, BeidouReport r) {
        if (r == null || VesselPolicy.isBlank(r.terminal()) || r.terminal().length() > 32 || r.time() == null
                || r.lat() == null || r.lon() == null || !(Math.abs(r.lat()) <= 90) || !(Math.abs(r.lon()) <= 180)
                || (r.speedKn() != null && !(r.speedKn() >= 0 && r.speedKn() < 102.3))
                || (r.courseDeg() != null && !(r.courseDeg() >= 0 && r.courseDeg() < 360))) {
            throw ApiException.badRequest("BEIDOU_REPORT_INVALID", "error.vessel.beidouReport", index);
        }
        return PositionFix.beidou(r.terminal().trim(), r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg());
    }

    @GetMapping("/harbours")
    List<HarbourView> harbours() {
        return registry.harbours().stream().map(h -> new HarbourView(h.code(), h.name(), h.kind(), h.townshipCode(),
                h.point().lat(), h.point().lon(), h.capacity(), h.approximate(), Geometries.toWkt(h.boundary()))).toList();
    }

    @PutMapping("/harbours/{code}/capacity")
    @PreAuthorize(MANAGERS)
    HarbourView capacity(@PathVariable String code, @RequestBody CapacityRequest body) {
        if (body == null || body.capacity() == null) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "capacity");
        }
        Harbour h = registry.changeCapacity(code, body.capacity());
        return new HarbourView(h.code(), h.name(), h.kind(), h.townshipCode(), h.point().lat(), h.point().lon(),
                h.capacity(), h.approximate(), Geometries.toWkt(h.boundary()));
    }

    @GetMapping("/fishing-grounds")
    List<Object> fishingGrounds() {
        return registry.fishingGrounds().stream().map(g -> (Object) new Object[] {g.code(), g.name(),
                Geometries.toWkt(g.boundary())}).toList();
    }

    @GetMapping("/fences")
    List<FenceView> fences() {
        return fences.fences().stream().map(FenceView::of).toList();
    }

    @PostMapping("/fences")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(FENCE_EDITORS)
    @Operation(summary = "Draw a fence: area.polygon ([lon, lat] ring, closed) or area.lat/lon/radiusKm (circle)")
    FenceView drawFence(@RequestBody FenceRequest body) {
        Set<VesselKind> applies = EnumSet.noneOf(VesselKind.class);
        if (body.appliesTo() != null) {
            body.appliesTo().forEach(k -> applies.add(VesselPolicy.kind(k)));
        }
        return FenceView.of(fences.draw(new FenceDraft(body.name(), body.kind(), shape(body.area(), false),
                Boolean.TRUE.equals(body.noEntry()), Boolean.TRUE.equals(body.noExit()), body.speedLimitKn(),
                body.maxDwellMinutes(), applies)));
    }

    @PostMapping(path = "/fences/import", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(FENCE_EDITORS)
    @Operation(summary = "Import fences from a GeoJSON FeatureCollection (properties name, kind, noEntry, noExit, speedLimitKn, maxDwellMinutes, appliesTo)")
    List<FenceView> importFences(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return fences.importGeoJson(in).stream().map(FenceView::of).toList();
        }
    }

    @PutMapping("/fences/{id}/active")
    @PreAuthorize(FENCE_EDITORS)
    FenceView activate(@PathVariable UUID id, @RequestBody ActiveRequest body) {
        return FenceView.of(fences.setActive(id, body == null || !Boolean.FALSE.equals(body.active())));
    }

    @GetMapping("/alarms")
    List<VesselAlarm> alarms(@RequestParam(defaultValue = "100") int limit) {
        return alarms.recent(limit);
    }

    @PutMapping("/alarms/{id}/acknowledged")
    @PreAuthorize(MANAGERS)
    VesselAlarm acknowledgeAlarm(@PathVariable UUID id) {
        return alarms.acknowledge(id);
    }

    @GetMapping("/recalls")
    List<RecallView> recalls() {
        return recalls.recalls().stream().map(r -> view(r, false)).toList();
    }

    @PostMapping("/recalls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RECALL_ISSUERS)
    @Operation(summary = "Issue a recall: the boats at sea in the area (polygon, circle or fishing grounds) must reach shelter before the deadline")
    RecallView issue(@RequestBody RecallRequest body) {
        if (body == null) {
            throw ApiException.badRequest("RECALL_AREA_INVALID", "error.vessel.recallArea");
        }
        return view(recalls.issue(new RecallOrder(body.title(), shape(body.area(), true), body.deadline())), true);
    }

    @PostMapping("/recalls/from-typhoon")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RECALL_ISSUERS)
    @Operation(summary = "Issue a recall from a stored typhoon track: the boats the level-N wind circle (default 6) reaches "
            + "within the horizon (default 24 h), each with its own deadline and a shelter it reaches before it")
    RecallView issueFromTyphoon(@RequestBody TyphoonRecallRequest body) {
        if (body == null) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "trackId");
        }
        return view(typhoonRecalls.issue(new TyphoonRecallOrder(body.trackId(), body.level(), body.horizonHours(),
                body.bufferKm(), body.title())), true);
    }

    @GetMapping("/recall-proposals")
    @Operation(summary = "Recalls proposed by typhoon warnings (pending, approved, dismissed), newest first")
    List<RecallProposal> recallProposals() {
        return proposals.recent();
    }

    @PutMapping("/recall-proposals/{id}/approved")
    @PreAuthorize(RECALL_ISSUERS)
    @Operation(summary = "Approve a proposed recall: it is issued from its track with the positions of this moment")
    RecallView approveProposal(@PathVariable UUID id) {
        return view(proposals.approve(id), true);
    }

    @PutMapping("/recall-proposals/{id}/dismissed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(RECALL_ISSUERS)
    void dismissProposal(@PathVariable UUID id) {
        proposals.dismiss(id);
    }

    @GetMapping("/recalls/{id}")
    RecallView recall(@PathVariable UUID id) {
        return view(recalls.recall(id), true);
    }

    @PutMapping("/recalls/{id}/vessels/{vesselId}/acknowledged")
    @PreAuthorize(MANAGERS)
    RecalledVessel acknowledge(@PathVariable UUID id, @PathVariable UUID vesselId) {
        return recalls.acknowledge(id, vesselId);
    }

    @PutMapping("/recalls/{id}/lifted")
    @PreAuthorize(RECALL_ISSUERS)
    RecallView lift(@PathVariable UUID id) {
        return view(recalls.lift(id), false);
    }

    private RecallView view(Recall r, boolean withVessels) {
        return new RecallView(r.id(), r.title(), r.origin(), r.typhoon(), Geometries.toWkt(r.area()), r.deadline(),
                r.issuedAt(), r.issuedBy(), r.active(), recalls.progress(r.id()), withVessels ? recalls.vessels(r.id()) : null);
    }

    private Geometry shape(AreaRequest area, boolean groupsAllowed) {
        if (area == null) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
        List<Geometry> parts = new ArrayList<>();
        if (area.polygon() != null) {
            parts.add(FenceBook.polygon(area.polygon()));
        }
        if (area.radiusKm() != null || area.lat() != null || area.lon() != null) {
            if (area.radiusKm() == null || area.lat() == null || area.lon() == null) {
                throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
            }
            parts.add(FenceBook.circle(area.lat(), area.lon(), area.radiusKm()));
        }
        if (groupsAllowed && area.fishingGrounds() != null) {
            var grounds = registry.fishingGrounds();
            for (String code : area.fishingGrounds()) {
                parts.add(grounds.stream().filter(g -> g.code().equals(code)).findFirst()
                        .orElseThrow(() -> ApiException.badRequest("FISHING_GROUND_UNKNOWN", "error.vessel.groundUnknown", code))
                        .boundary());
            }
        }
        if (parts.isEmpty()) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
        Geometry union = parts.size() == 1 ? parts.get(0) : Geometries.FACTORY.buildGeometry(parts).union();
        if (!union.isValid()) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
        return union;
    }
}
