package org.anlan.incident;

import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.county.TownshipLocation;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where an incident is: the given point, or the seat of the named township; always within the county or its
 * sea area (at most {@code anlan.incident.max-offshore-km} from the nearest township).
 */
@Component
class IncidentPlacement {

    record Placement(GeoPoint point, String townshipCode, boolean atSea) {
    }

    private final CountyGeography county;
    private final double maxOffshoreKm;

    IncidentPlacement(CountyGeography county, @Value("${anlan.incident.max-offshore-km:60}") double maxOffshoreKm) {
        this.county = county;
        this.maxOffshoreKm = maxOffshoreKm;
    }

    Placement place(Double lat, Double lon, String townshipCode) {
        if (lat == null && lon == null) {
            if (townshipCode == null || townshipCode.isBlank()) {
                throw ApiException.badRequest("INCIDENT_LOCATION_MISSING", "error.incident.locationMissing");
            }
            Township township = county.requireTownship(townshipCode.trim());
            return new Placement(township.seat(), township.code(), false);
        }
        if (lat == null || lon == null) {
            throw ApiException.badRequest("INCIDENT_LOCATION_MISSING", "error.incident.locationMissing");
        }
        GeoPoint point;
        try {
            point = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("POINT_INVALID", "error.point.invalid");
        }
        TownshipLocation location = county.locate(point);
        if (location.distanceKm() > maxOffshoreKm) {
            throw ApiException.badRequest("INCIDENT_OUTSIDE_COUNTY", "error.incident.outsideCounty",
                    Math.round(location.distanceKm()));
        }
        return new Placement(point, location.code(), !location.inside());
    }
}
