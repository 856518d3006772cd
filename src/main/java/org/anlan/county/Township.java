package org.anlan.county;

import org.anlan.geo.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/** A township-level division (乡镇/街道) with its seat, imported boundary (if any) and contact profile. */
public record Township(String code, String name, String nameEn, TownshipKind kind, GeoPoint seat,
                       Geometry boundary, Integer population, String dutyPhone, String contactPerson) {

    public boolean hasBoundary() {
        return boundary != null;
    }
}
