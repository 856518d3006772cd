package org.anlan.vessel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.geo.GeoJsonException;
import org.anlan.geo.GeoJsonFeature;
import org.anlan.geo.GeoJsonReader;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Electronic fences (电子围栏): drawn (polygon or circle) or imported from GeoJSON, each with its rules. County
 * roles manage them; every change is audited and the position pipeline picks up the new set after commit.
 */
@Service
public class FenceBook {

    static final Role[] EDITORS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER};
    private static final int MAX_VERTICES = 20_000;
    private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;
    private static final int MAX_IMPORT_FEATURES = 2_000;

    /** Published after a change so that the pipeline rebuilds its fence index. */
    public record FencesChanged() {
    }

    private final Fences fences;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FenceBook(Fences fences, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.fences = fences;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FenceDefinition> fences() {
        return fences.all();
    }

    @Transactional(readOnly = true)
    public List<FenceDefinition> activeFences() {
        return fences.active();
    }

    @Transactional
    public FenceDefinition draw(FenceDraft draft) {
        CurrentActor.requireRole(EDITORS);
        FenceDefinition fence = store(draft, false);
        events.publishEvent(new FencesChanged());
        return fence;
    }

    /** Imports every feature of a GeoJSON FeatureCollection (properties: name, kind, rules); all or nothing. */
    @Transactional
    public List<FenceDefinition> importGeoJson(InputStream in) {
        CurrentActor.requireRole(EDITORS);
        List<GeoJsonFeature> features;
        try {
            features = new GeoJsonReader(MAX_IMPORT_BYTES, MAX_IMPORT_FEATURES, MAX_VERTICES * 10).readFeatureCollection(in);
        } catch (GeoJsonException e) {
            throw ApiException.badRequest("FENCE_GEOJSON_INVALID", "error.vessel.fenceGeoJson", e.getMessage());
        }
        List<FenceDefinition> stored = new ArrayList<>();
        for (GeoJsonFeature feature : features) {
            Map<String, Object> p = feature.properties();
            try {
                stored.add(store(new FenceDraft(text(p.get("name")), text(p.get("kind")), feature.geometry(),
                        Boolean.TRUE.equals(p.get("noEntry")), Boolean.TRUE.equals(p.get("noExit")),
                        number(p.get("speedLimitKn")), p.get("maxDwellMinutes") instanceof Number n ? n.intValue() : null,
                        kinds(p.get("appliesTo"))), false));
            } catch (ApiException e) {
                throw ApiException.badRequest("FENCE_FEATURE_INVALID", "error.vessel.fenceFeature", feature.index() + 1,
                        e.code());
            }
        }
        events.publishEvent(new FencesChanged());
        return stored;
    }

    @Transactional
    public FenceDefinition setActive(UUID id, boolean active) {
        CurrentActor.requireRole(EDITORS);
        FenceDefinition before = fences.byId(id)
                .orElseThrow(() -> ApiException.notFound("FENCE_UNKNOWN", "error.vessel.fenceUnknown", id));
        if (before.active() == active) {
            return before;
        }
        fences.setActive(id, active, now());
        audit.record(AuditRecord.of("FENCE_ACTIVE", "Fence", id.toString())
                .changing(Map.of("active", before.active()), Map.of("active", active)));
        events.publishEvent(new FencesChanged());
        return fences.byId(id).orElseThrow();
    }

    /** Demo fences of the authored waters file; marked synthetic, inserted once. */
    void seedDemo(List<WatersSeed.SeedFence> demo) {
        Instant now = now();
        for (WatersSeed.SeedFence f : demo) {
            var area = f.box() != null ? WatersSeed.box(f.box())
                    : CircleBuilder.circle(new GeoPoint(f.lat(), f.lon()), f.radiusKm());
            var applies = EnumSet.noneOf(VesselKind.class);
            f.appliesTo().forEach(k -> applies.add(VesselKind.valueOf(k)));
            fences.insertIfAbsent(new FenceDefinition(
                    UUID.nameUUIDFromBytes(("anlan-demo-fence-" + f.name()).getBytes(StandardCharsets.UTF_8)), f.name(),
                    f.kind(), area, f.noEntry(), f.noExit(), f.speedLimitKn(), f.maxDwellMinutes(), applies, true, true,
                    now, now));
        }
    }

    private FenceDefinition store(FenceDraft d, boolean synthetic) {
        if (d.name() == null || d.name().isBlank() || d.name().length() > 100) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "name");
        }
        if (d.kind() == null || !FenceDefinition.KINDS.contains(d.kind())) {
            throw ApiException.badRequest("FENCE_KIND_UNKNOWN", "error.vessel.fenceKind", d.kind());
        }
        if (d.area() == null || !(d.area() instanceof Polygonal) || d.area().isEmpty() || !d.area().isValid()
                || d.area().getNumPoints() > MAX_VERTICES) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
        if (d.speedLimitKn() != null && !(d.speedLimitKn() > 0 && d.speedLimitKn() <= 60)) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "speedLimitKn");
        }
        if (d.maxDwellMinutes() != null && !(d.maxDwellMinutes() > 0 && d.maxDwellMinutes() <= 100_000)) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "maxDwellMinutes");
        }
        String name = d.name().trim();
        if (fences.nameTaken(name)) {
            throw ApiException.conflict("FENCE_DUPLICATE", "error.vessel.fenceDuplicate", name);
        }
        Set<VesselKind> applies = d.appliesTo() == null || d.appliesTo().isEmpty()
                ? EnumSet.allOf(VesselKind.class) : d.appliesTo();
        Instant now = now();
        FenceDefinition fence = new FenceDefinition(UUID.randomUUID(), name, d.kind(), d.area(), d.noEntry(), d.noExit(),
                d.speedLimitKn(), d.maxDwellMinutes(), applies, true, synthetic, now, now);
        fences.insertIfAbsent(fence);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("kind", d.kind());
        after.put("vertices", d.area().getNumPoints());
        after.put("noEntry", d.noEntry());
        after.put("noExit", d.noExit());
        after.put("speedLimitKn", d.speedLimitKn());
        after.put("maxDwellMinutes", d.maxDwellMinutes());
        audit.record(AuditRecord.of("FENCE_CREATE", "Fence", fence.id().toString()).changing(null, after));
        return fence;
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static Set<VesselKind> kinds(Object value) {
        Set<VesselKind> kinds = EnumSet.noneOf(VesselKind.class);
        if (value instanceof List<?> list) {
            for (Object item : list) {
                kinds.add(VesselPolicy.kind(item instanceof String s ? s : null));
            }
        }
        return kinds;
    }

    static org.locationtech.jts.geom.Polygon circle(double lat, double lon, double radiusKm) {
        try {
            return CircleBuilder.circle(new GeoPoint(lat, lon), radiusKm);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
    }

    static org.locationtech.jts.geom.Polygon polygon(List<List<Double>> ring) {
        if (ring == null || ring.size() < 4 || ring.size() > MAX_VERTICES) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
        var coordinates = new org.locationtech.jts.geom.Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            List<Double> xy = ring.get(i);
            if (xy == null || xy.size() != 2 || xy.get(0) == null || xy.get(1) == null
                    || !(Math.abs(xy.get(0)) <= 180) || !(Math.abs(xy.get(1)) <= 90)) {
                throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
            }
            coordinates[i] = new org.locationtech.jts.geom.Coordinate(xy.get(0), xy.get(1));
        }
        if (!coordinates[0].equals2D(coordinates[ring.size() - 1])) {
            throw ApiException.badRequest("FENCE_AREA_INVALID", "error.vessel.fenceArea");
        }
        return Geometries.FACTORY.createPolygon(coordinates);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
