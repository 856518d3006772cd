package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.platform.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring (监测): stations with live values, observation batches, rolling rainfall, threshold rules, signals. */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "monitoring", description = "监测 Stations, observations, rolling rainfall, threshold rules, official signals")
class MonitoringApiController {

    private static final String SENDERS = "hasAnyRole('ADMIN','COMMANDER','DUTY_OFFICER','DEPARTMENT_OFFICER','TOWNSHIP_OFFICER')";
    private static final String RULE_EDITORS = "hasAnyRole('ADMIN','COMMANDER','DEPARTMENT_OFFICER')";
    private static final String SIGNAL_IMPORTERS = "hasAnyRole('ADMIN','DUTY_OFFICER','DEPARTMENT_OFFICER')";
    private static final String STATION_EDITORS = "hasAnyRole('ADMIN','DEPARTMENT_OFFICER')";
    private static final String[] WINDOWS = {"1h", "3h", "6h", "12h", "24h"};

    record StationResponse(String id, String name, String kind, String unit, double lat, double lon, String townshipCode,
                           BigDecimal latest, Instant latestAt, Map<String, BigDecimal> sums, Map<Hazard, Level> levels,
                           Level level) {

        static StationResponse of(ObservationEngine.StationView view) {
            Station s = view.station();
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            if (s.kind().accumulating()) {
                for (int i = 0; i < WINDOWS.length; i++) {
                    sums.put(WINDOWS[i], BigDecimal.valueOf(view.sums()[i], Reading.SCALE));
                }
            }
            return new StationResponse(s.id(), s.name(), s.kind().name(), s.kind().unit(), s.location().lat(),
                    s.location().lon(), s.townshipCode(),
                    view.latestCenti() == null ? null : BigDecimal.valueOf(view.latestCenti(), Reading.SCALE),
                    view.latestAt(), sums, view.levels(), view.highest());
        }
    }

    record StationRequest(String id, String name, String kind, Double lat, Double lon) {
    }

    record RulesRequest(List<ThresholdRule> rules, String note) {
    }

    record SignalRequest(String sourceRef, String hazard, String level, List<String> townshipCodes, String issuer,
                         Instant issuedAt, Instant expiresAt) {
    }

    private final Monitoring monitoring;

    MonitoringApiController(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/stations")
    @Operation(summary = "Stations with their township, latest value, rolling sums (rain, landslide) and levels")
    List<StationResponse> stations() {
        return monitoring.stations().stream().map(StationResponse::of).toList();
    }

    @GetMapping("/stations/{id}")
    @Operation(summary = "One station")
    StationResponse station(@PathVariable String id) {
        return monitoring.station(id).map(StationResponse::of).orElseThrow(() ->
                ApiException.notFound("STATION_UNKNOWN", "error.monitoring.station.unknown", id));
    }

    @GetMapping("/stations/{id}/hourly")
    @Operation(summary = "A station's hourly amounts (rain, displacement) or hourly latest values, oldest first")
    List<Monitoring.HourValue> hourly(@PathVariable String id,
                                      @Parameter(description = "1 to 72, default 24") @RequestParam(defaultValue = "24") int hours) {
        return monitoring.hourly(id, hours);
    }

    @PostMapping("/stations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STATION_EDITORS)
    @Operation(summary = "Register a station; its township is the one its location falls in")
    StationResponse createStation(@RequestBody StationRequest body) {
        StationKind kind = StationKind.parse(body.kind()).orElseThrow(() ->
                ApiException.badRequest("STATION_KIND_UNKNOWN", "error.monitoring.station.kind", String.valueOf(body.kind())));
        if (body.lat() == null || body.lon() == null) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
        Station station = monitoring.createStation(body.id(), body.name(), kind, body.lat(), body.lon());
        return station(station.id());
    }

    @PostMapping(value = "/observations", consumes = {"application/json", "text/csv", "text/plain"})
    @PreAuthorize(SENDERS)
    @Operation(summary = "A batch of observations, JSON [{stationId, observedAt, value, unit}] or CSV "
            + "station_id,observed_at,value[,unit]; refused rows come back with their reasons")
    IngestReport observations(@RequestBody String body) {
        return monitoring.ingest(body, ObservationSource.HTTP);
    }

    @GetMapping("/rainfall")
    @Operation(summary = "Rolling 1/3/6/12/24 h rainfall per township (the maximum of its gauges), all or one")
    List<TownshipRainfall> rainfall(@Parameter(description = "township code, e.g. 330225101")
                                    @RequestParam(required = false) String township) {
        return monitoring.rainfall(township == null || township.isBlank() ? null : township.trim());
    }

    @GetMapping("/rules")
    @Operation(summary = "The threshold rules in force (versioned)")
    RuleSet rules() {
        return monitoring.rules();
    }

    @GetMapping("/rules/history")
    @Operation(summary = "Every version of the threshold rules, newest first")
    List<RuleSet> ruleHistory() {
        return monitoring.ruleHistory();
    }

    @GetMapping("/rules/{version}")
    @Operation(summary = "One version of the threshold rules")
    RuleSet ruleVersion(@PathVariable int version) {
        return monitoring.ruleVersion(version).orElseThrow(() ->
                ApiException.notFound("RULES_UNKNOWN", "error.monitoring.rule.version", version));
    }

    @PutMapping("/rules")
    @PreAuthorize(RULE_EDITORS)
    @Operation(summary = "Replace the rules with a new version (audited); in force for the next readings")
    RuleSet updateRules(@RequestBody RulesRequest body) {
        return monitoring.updateRules(body.rules(), body.note());
    }

    @GetMapping("/signals")
    @Operation(summary = "Official signals imported from the meteorological office, newest first")
    List<OfficialSignal> signals() {
        return monitoring.signals();
    }

    @PostMapping("/signals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SIGNAL_IMPORTERS)
    @Operation(summary = "Import an official warning signal (idempotent on sourceRef); no townships = the whole county")
    OfficialSignal importSignal(@RequestBody SignalRequest body) {
        return monitoring.importSignal(new Monitoring.SignalDraft(body.sourceRef(), body.hazard(), body.level(),
                body.townshipCodes(), body.issuer(), body.issuedAt(), body.expiresAt()));
    }
}
