package org.anlan.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.county.TownshipArea;
import org.anlan.enterprise.Enterprise;
import org.anlan.enterprise.EnterpriseRegister;
import org.anlan.geo.GeoJsonWriter;
import org.anlan.geo.Geometries;
import org.anlan.geo.WritableFeature;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The four-colour map as shown and exported: every township and the county from {@link RiskMapIndex}, and the
 * enterprises the caller may see as points. Township colours are aggregates and shown to everybody signed in;
 * enterprise markers follow the caller's scope.
 */
@Component
class RiskMapReport {

    record Zone(String kind, String key, String name, String level, String levelLabel, String colour, String rgb,
                int activeRiskPoints, int openHazards, int openMajorHazards, boolean raisedByOpenMajorHazards,
                Double lat, Double lon, String townshipCode, String industry) {
    }

    record View(String rule, Zone county, List<Zone> townships, List<Zone> enterprises) {
    }

    private final RiskMapIndex index;
    private final CountyGeography county;
    private final EnterpriseRegister enterprises;

    RiskMapReport(RiskMapIndex index, CountyGeography county, EnterpriseRegister enterprises) {
        this.index = index;
        this.county = county;
        this.enterprises = enterprises;
    }

    View view() {
        Actor actor = CurrentActor.require();
        RiskMap map = index.map();
        String rule = index.rule().openMajorHazardFloor().map(f -> "HIGHEST_ACTIVE_LEVEL+OPEN_MAJOR_HAZARD_FLOOR_" + f)
                .orElse("HIGHEST_ACTIVE_LEVEL");
        List<Zone> townships = new ArrayList<>();
        for (Township t : county.townships()) {
            ZoneRisk risk = index.township(t.code());
            townships.add(zone("TOWNSHIP", t.code(), t.name(), risk, index.openHazards(t.code()), t.seat().lat(),
                    t.seat().lon(), t.code(), null));
        }
        List<Zone> markers = new ArrayList<>();
        for (Enterprise e : enterprises.directory()) {
            if (!enterprises.mayAccess(actor, e)) {
                continue;
            }
            ZoneRisk risk = map.enterprises().getOrDefault(e.id(), index.rule().evaluate(new int[4], 0));
            markers.add(zone("ENTERPRISE", e.id().value().toString(), e.name(), risk,
                    index.openHazardsOfEnterprise(e.id().value()), e.location().lat(), e.location().lon(),
                    e.townshipCode(), e.industry().label()));
        }
        markers.sort(Comparator.comparing(Zone::townshipCode).thenComparing(Zone::name));
        return new View(rule, zone("COUNTY", "330225", "象山县", map.county(), index.openHazardsCounty(), null, null,
                null, null), townships, markers);
    }

    String geoJson() {
        View view = view();
        Map<String, Zone> byCode = new LinkedHashMap<>();
        view.townships().forEach(z -> byCode.put(z.key(), z));
        List<WritableFeature> features = new ArrayList<>();
        for (TownshipArea area : county.areas()) {
            Zone zone = byCode.get(area.township().code());
            if (zone != null) {
                Map<String, Object> properties = properties(zone);
                properties.put("approximate", area.approximate());
                features.add(new WritableFeature(area.area(), properties));
            }
        }
        for (Zone zone : view.enterprises()) {
            features.add(new WritableFeature(Geometries.point(new org.anlan.geo.GeoPoint(zone.lat(), zone.lon())),
                    properties(zone)));
        }
        return GeoJsonWriter.featureCollection(features);
    }

    String csv() {
        View view = view();
        StringBuilder out = new StringBuilder("\uFEFFzone,key,name,township,level,level_label,colour,rgb,"
                + "active_risk_points,open_hazards,open_major_hazards\n");
        List<Zone> all = new ArrayList<>();
        all.add(view.county());
        all.addAll(view.townships());
        all.addAll(view.enterprises());
        for (Zone z : all) {
            out.append(String.join(",", z.kind(), z.key(), csvField(z.name()), z.townshipCode() == null ? ""
                            : z.townshipCode(), z.level() == null ? "" : z.level(), z.levelLabel(),
                    z.colour() == null ? "" : z.colour(), z.rgb() == null ? "" : z.rgb(),
                    String.valueOf(z.activeRiskPoints()), String.valueOf(z.openHazards()),
                    String.valueOf(z.openMajorHazards()))).append('\n');
        }
        return out.toString();
    }

    /** Quotes a field and neutralises a leading formula character (CSV injection into spreadsheets). */
    static String csvField(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> properties(Zone zone) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("zone", zone.kind());
        p.put("key", zone.key());
        p.put("name", zone.name());
        p.put("townshipCode", zone.townshipCode());
        p.put("level", zone.level());
        p.put("levelLabel", zone.levelLabel());
        p.put("colour", zone.colour());
        p.put("rgb", zone.rgb());
        p.put("activeRiskPoints", zone.activeRiskPoints());
        p.put("openHazards", zone.openHazards());
        p.put("openMajorHazards", zone.openMajorHazards());
        if (zone.industry() != null) {
            p.put("industry", zone.industry());
        }
        return p;
    }

    private static Zone zone(String kind, String key, String name, ZoneRisk risk, int openHazards, Double lat,
                             Double lon, String township, String industry) {
        return new Zone(kind, key, name, risk.level().map(Enum::name).orElse(null), risk.label(),
                risk.colour().map(Enum::name).orElse(null), risk.colour().map(RiskColour::defaultRgb).orElse(null),
                risk.activeRiskPoints(), openHazards, risk.openMajorHazards(), risk.raisedByOpenMajorHazards(), lat, lon,
                township, industry);
    }
}
