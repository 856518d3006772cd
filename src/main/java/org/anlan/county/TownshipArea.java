package org.anlan.county;

import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.locationtech.jts.geom.Geometry;

/** The area drawn for a township: its imported boundary, or its approximate cell. */
public record TownshipArea(Township township, Geometry area, boolean approximate) {

    /**
     * Where the township's name goes: its seat when the seat lies in the area, otherwise a point inside the
     * largest part (a township with far-off islands would otherwise be labelled out at sea).
     */
    public GeoPoint labelPoint() {
        if (area.covers(Geometries.point(township.seat()))) {
            return township.seat();
        }
        Geometry largest = area.getGeometryN(0);
        for (int i = 1; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i).getArea() > largest.getArea()) {
                largest = area.getGeometryN(i);
            }
        }
        return GeoPoint.of(largest.getInteriorPoint().getCoordinate());
    }
}
