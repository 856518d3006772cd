package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GeometriesTest {

    private static final String SQUARE = "POLYGON ((121 29, 121.1 29, 121.1 29.1, 121 29.1, 121 29))";

    @Test
    void wktRoundTripsAndUsesSrid4326() {
        Geometry g = Geometries.fromWkt(SQUARE);

        assertThat(Geometries.toWkt(g)).isEqualTo(SQUARE);
        assertThat(g.getSRID()).isEqualTo(4326);
        assertThat(Geometries.point(new GeoPoint(29.5, 121.5)).toText()).isEqualTo("POINT (121.5 29.5)");
    }

    @Test
    void invalidWktIsAnIllegalArgument() {
        assertThatThrownBy(() -> Geometries.fromWkt("POLYGON ((1 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAreaOfASmallSquareMatchesTheEquirectangularApproximation() {
        // 0.1° x 0.1° around lat 29.05: 11.1195 km tall, 11.1195 * cos(29.05°) km wide
        double expected = 11.119492664 * 11.119492664 * Math.cos(Math.toRadians(29.05));

        assertThat(Geometries.areaKm2(Geometries.fromWkt(SQUARE))).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aPointInsideOrOnTheBoundaryIsAtDistanceZero() {
        Geometry square = Geometries.fromWkt(SQUARE);

        assertThat(Geometries.distanceKm(new GeoPoint(29.05, 121.05), square)).isZero();
        assertThat(Geometries.distanceKm(new GeoPoint(29.1, 121.05), square)).isZero();
    }

    @Test
    void aPointOutsideIsMeasuredToTheNearestPointOfTheGeometry() {
        Geometry square = Geometries.fromWkt(SQUARE);

        // east of the square: 0.04° of longitude at lat 29.05 = 4.4478 km * cos(29.05°)
        assertThat(Geometries.distanceKm(new GeoPoint(29.05, 121.14), square)).isCloseTo(3.888, within(0.05));
        // north of the square: 0.1° of latitude
        assertThat(Geometries.distanceKm(new GeoPoint(29.2, 121.05), square)).isCloseTo(11.119, within(0.05));
    }

    @Test
    void theNearestPointIsChosenInGroundDistanceNotInDegrees() {
        // In degrees the east-west strip is nearer (0.08° vs 0.09°), but at lat 60 the 0.09° of longitude to the
        // north-south strip is only 5.0 km on the ground, against 8.9 km for the 0.08° of latitude.
        Geometry strips = Geometries.fromWkt(
                "MULTIPOLYGON (((10.00 59.00, 10.01 59.00, 10.01 60.05, 10.00 60.05, 10.00 59.00)),"
                        + " ((10.05 60.08, 11.00 60.08, 11.00 60.09, 10.05 60.09, 10.05 60.08)))");
        GeoPoint p = new GeoPoint(60.0, 10.1);

        double expected = GreatCircle.distanceKm(p, new GeoPoint(60.0, 10.01));
        assertThat(Geometries.distanceKm(p, strips)).isCloseTo(expected, within(1e-6)).isLessThan(5.1);
    }

    /** The one-pass nearest point agrees with the generic one: DistanceOp on a copy scaled by cos(latitude). */
    @net.jqwik.api.Property(tries = 2000)
    void theOnePassDistanceAgreesWithDistanceOpOnAScaledCopy(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 28.5, max = 30.0) double lat,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 121.0, max = 122.8) double lon,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int shape) {
        Geometry geometry = Geometries.fromWkt(switch (shape) {
            case 0 -> "POLYGON ((121.5 29.0, 121.9 29.1, 122.0 29.6, 121.6 29.4, 121.55 29.2, 121.5 29.0),"
                    + " (121.7 29.2, 121.8 29.25, 121.75 29.3, 121.7 29.2))";
            case 1 -> "MULTIPOLYGON (((121.8 29.1, 121.9 29.1, 121.9 29.2, 121.8 29.1)),"
                    + " ((122.1 29.4, 122.3 29.45, 122.2 29.7, 122.1 29.4)))";
            default -> "GEOMETRYCOLLECTION (LINESTRING (121.2 28.9, 121.4 29.0, 121.4 29.0, 121.3 29.5), POINT (122.5 29.9))";
        });
        GeoPoint p = new GeoPoint(lat, lon);
        net.jqwik.api.Assume.that(!geometry.covers(Geometries.point(p)));

        assertThat(Geometries.distanceKmToNearestVertexOrEdge(p, geometry))
                .isCloseTo(viaDistanceOp(p, geometry), within(1e-9));
    }

    private static double viaDistanceOp(GeoPoint p, Geometry geometry) {
        double cos = Math.max(Math.cos(Math.toRadians(p.lat())), 1e-9);
        var scale = org.locationtech.jts.geom.util.AffineTransformation.scaleInstance(cos, 1.0);
        var nearest = org.locationtech.jts.operation.distance.DistanceOp.nearestPoints(scale.transform(geometry),
                scale.transform(Geometries.point(p)))[0];
        return GreatCircle.distanceKm(p, new GeoPoint(nearest.getY(), nearest.getX() / cos));
    }
}
