package org.anlan.county;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.geo.GeoJsonException;
import org.anlan.geo.GeoJsonFeature;
import org.anlan.geo.GeoJsonReader;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;
import org.anlan.geo.Geometries;
import org.anlan.geo.Nearest;
import org.anlan.platform.error.ApiException;
import org.locationtech.jts.geom.Polygonal;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The county module's API: townships and their areas, the point-to-township lookup, rescue circles,
 * township profiles and villages (township-scoped), and the boundary import.
 */
@Service
public class CountyGeography {

    private final Townships townships;
    private final TownshipIndex index;
    private final AuditTrail audit;
    private final Clock clock;

    CountyGeography(Townships townships, TownshipIndex index, AuditTrail audit, Clock clock) {
        this.townships = townships;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Township> townships() {
        return townships.all();
    }

    /** Township names by code, in code order, for labelling other modules' records. */
    @Transactional(readOnly = true)
    public Map<String, String> townshipNames() {
        Map<String, String> names = new LinkedHashMap<>();
        townships.all().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Township> township(String code) {
        return townships.byCode(code);
    }

    public Township requireTownship(String code) {
        return township(code).orElseThrow(() -> ApiException.notFound("TOWNSHIP_UNKNOWN", "error.township.unknown", code));
    }

    public boolean exists(String townshipCode) {
        return townshipCode != null && townships.byCode(townshipCode).isPresent();
    }

    public TownshipLocation locate(GeoPoint point) {
        TownshipIndex.Snapshot snapshot = index.current();
        Nearest<String> nearest = snapshot.locator().nearest(point);
        Township township = snapshot.areas().get(nearest.key()).township();
        return new TownshipLocation(township.code(), township.name(), nearest.inside(),
                nearest.inside() ? 0.0 : Math.round(nearest.distanceKm() * 1000.0) / 1000.0, snapshot.approximate());
    }

    public List<TownshipArea> areas() {
        TownshipIndex.Snapshot snapshot = index.current();
        return snapshot.areas().values().stream().sorted((a, b) -> a.township().code().compareTo(b.township().code())).toList();
    }

    public boolean boundariesApproximate() {
        return index.current().approximate();
    }

    @Transactional(readOnly = true)
    public List<RescueCircle> rescueCircles() {
        return townships.rescueCircles();
    }

    /** Moves the listed townships into a circle (each township belongs to exactly one circle). */
    @Transactional
    public RescueCircle assignToCircle(String circleCode, List<String> townshipCodes) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER);
        RescueCircle circle = rescueCircles().stream().filter(c -> c.code().equals(circleCode)).findFirst()
                .orElseThrow(() -> ApiException.notFound("RESCUE_CIRCLE_UNKNOWN", "error.circle.unknown", circleCode));
        if (townshipCodes == null || townshipCodes.isEmpty()) {
            throw ApiException.badRequest("RESCUE_CIRCLE_EMPTY", "error.circle.empty");
        }
        for (String code : townshipCodes) {
            requireTownship(code);
        }
        townshipCodes.forEach(code -> townships.assignToCircle(code, circleCode));
        RescueCircle after = rescueCircles().stream().filter(c -> c.code().equals(circleCode)).findFirst().orElseThrow();
        audit.record(AuditRecord.of("RESCUE_CIRCLE_ASSIGN", "RescueCircle", circleCode)
                .changing(Map.of("members", circle.members()), Map.of("members", after.members())));
        return after;
    }

    /** A township's profile: county-level roles see every township, a township officer only their own. */
    @Transactional(readOnly = true)
    public Township profile(String code) {
        Township township = requireTownship(code);
        CurrentActor.requireTownshipAccess(code);
        return township;
    }

    @Transactional
    public Township updateProfile(String code, TownshipProfileChange change) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        Township before = requireTownship(code);
        CurrentActor.requireTownshipAccess(code);
        if (!validProfile(change)) {
            throw ApiException.badRequest("TOWNSHIP_PROFILE_INVALID", "error.township.profileInvalid");
        }
        townships.updateProfile(code, change, Instant.now(clock));
        Township after = requireTownship(code);
        audit.record(AuditRecord.of("TOWNSHIP_PROFILE_UPDATE", "Township", code).inTownship(code)
                .changing(profileSummary(before), profileSummary(after)));
        return after;
    }

    @Transactional(readOnly = true)
    public List<Village> villages(String townshipCode) {
        requireTownship(townshipCode);
        CurrentActor.requireTownshipAccess(townshipCode);
        return townships.villages(townshipCode);
    }

    /**
     * The located villages of the given townships within {@code radiusKm} of a point, nearest first. Serves system
     * processes (a sensor's threshold crossing naming the villages around the station), so no actor is required:
     * it reveals only names and places of the county's public geography.
     */
    @Transactional(readOnly = true)
    public List<Village> villagesNear(Collection<String> townshipCodes, GeoPoint centre, double radiusKm) {
        if (townshipCodes.isEmpty()) {
            return List.of();
        }
        return townships.locatedVillages(townshipCodes).stream()
                .map(v -> Map.entry(v, GreatCircle.distanceKm(centre, new GeoPoint(v.lat(), v.lon()))))
                .filter(e -> e.getValue() <= radiusKm)
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    @Transactional
    public Village addVillage(String townshipCode, NewVillage request) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER);
        requireTownship(townshipCode);
        CurrentActor.requireTownshipAccess(townshipCode);
        if (request.code() != null && !request.code().startsWith(townshipCode)) {
            throw ApiException.badRequest("VILLAGE_CODE_MISMATCH", "error.village.codeMismatch", request.code(), townshipCode);
        }
        if ((request.lat() == null) != (request.lon() == null)) {
            throw ApiException.badRequest("VILLAGE_LOCATION_INCOMPLETE", "error.village.locationIncomplete");
        }
        if (request.lat() != null) {
            try {
                new GeoPoint(request.lat(), request.lon());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
            }
        }
        if (townships.villageExists(townshipCode, request.name(), request.code())) {
            throw ApiException.conflict("VILLAGE_DUPLICATE", "error.village.duplicate", request.name());
        }
        Village village = new Village(UUID.randomUUID(), townshipCode, request.code(), request.name(), request.kind(),
                request.lat(), request.lon(), request.population());
        townships.insertVillage(village, Instant.now(clock));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", village.name());
        after.put("kind", village.kind().name());
        after.put("code", village.code());
        audit.record(AuditRecord.of("VILLAGE_CREATE", "Village", village.id().toString()).inTownship(townshipCode)
                .changing(null, after));
        return village;
    }

    /**
     * Imports township boundaries from a GeoJSON FeatureCollection. Every feature must name one of the
     * county's townships (by a {@code code}/{@code adcode} property or by {@code name}); otherwise nothing is
     * written. Polygons carrying several outer rings are repaired to MultiPolygons by the reader.
     */
    @Transactional
    public BoundaryImportReport importBoundaries(InputStream geoJson, String source) {
        List<GeoJsonFeature> features;
        try {
            features = GeoJsonReader.withDefaultLimits().readFeatureCollection(geoJson);
        } catch (GeoJsonException e) {
            throw new BoundaryImportException(e.code(), e.getMessage(), e);
        }
        if (features.isEmpty()) {
            throw new BoundaryImportException("GEOJSON_EMPTY", "The FeatureCollection has no features", null);
        }
        Map<String, Township> byName = new HashMap<>();
        Map<String, Township> byCode = new HashMap<>();
        townships.all().forEach(t -> {
            byName.put(t.name(), t);
            byCode.put(t.code(), t);
        });
        Map<String, GeoJsonFeature> matched = new LinkedHashMap<>();
        List<String> repairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GeoJsonFeature feature : features) {
            if (!(feature.geometry() instanceof Polygonal)) {
                throw new BoundaryImportException("BOUNDARY_NOT_POLYGON", describe(feature) + " is a "
                        + feature.geometry().getGeometryType() + "; a boundary must be a Polygon or MultiPolygon", null);
            }
            Township township = match(feature, byName, byCode);
            if (!seen.add(township.code())) {
                throw new BoundaryImportException("BOUNDARY_DUPLICATE_TOWNSHIP",
                        describe(feature) + " is a second boundary for " + township.name() + " (" + township.code() + ")", null);
            }
            matched.put(township.code(), feature);
            if (feature.repaired()) {
                repairs.add(township.name() + ": " + feature.repairNote());
            }
        }
        Instant now = Instant.now(clock);
        matched.forEach((code, feature) -> townships.updateBoundary(code, Geometries.toWkt(feature.geometry()), source, now));
        townships.bumpBoundaryVersion();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.invalidate();
            }
        });
        List<String> updated = List.copyOf(matched.keySet());
        audit.record(AuditRecord.of("BOUNDARY_IMPORT", "County", "boundaries")
                .changing(null, Map.of("source", source, "townships", updated, "repaired", repairs.size())));
        return new BoundaryImportReport(source, features.size(), updated, repairs);
    }

    private static Township match(GeoJsonFeature feature, Map<String, Township> byName, Map<String, Township> byCode) {
        for (String key : List.of("code", "adcode", "QUHUADAIMA")) {
            Object value = feature.properties().get(key);
            if (value != null) {
                String code = String.valueOf(value).trim();
                if (code.length() == 12 && code.endsWith("000")) {
                    code = code.substring(0, 9);
                }
                Township township = byCode.get(code);
                if (township == null) {
                    throw new BoundaryImportException("BOUNDARY_UNKNOWN_TOWNSHIP",
                            describe(feature) + " has " + key + " " + code + ", which is not a township of the county", null);
                }
                return township;
            }
        }
        Optional<String> name = feature.name();
        if (name.isPresent() && byName.containsKey(name.get().trim())) {
            return byName.get(name.get().trim());
        }
        throw new BoundaryImportException("BOUNDARY_UNKNOWN_TOWNSHIP",
                describe(feature) + " names no township of the county (expected a code or a name such as 石浦镇)", null);
    }

    private static String describe(GeoJsonFeature feature) {
        return "Feature #" + feature.index() + feature.name().map(n -> " \"" + n + "\"").orElse("");
    }

    private static boolean validProfile(TownshipProfileChange change) {
        return (change.population() == null || (change.population() >= 0 && change.population() <= 10_000_000))
                && (change.dutyPhone() == null || change.dutyPhone().matches("[0-9+()\\- ]{1,40}"))
                && (change.contactPerson() == null || change.contactPerson().length() <= 60);
    }

    private static Map<String, Object> profileSummary(Township t) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("population", t.population());
        summary.put("dutyPhone", t.dutyPhone());
        summary.put("contactPerson", t.contactPerson());
        return summary;
    }
}
