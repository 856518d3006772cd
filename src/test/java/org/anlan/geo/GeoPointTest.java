package org.anlan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

class GeoPointTest {

    @Test
    void aPointMapsLonToXAndLatToY() {
        GeoPoint p = new GeoPoint(29.47, 121.87);

        assertThat(p.toCoordinate()).isEqualTo(new Coordinate(121.87, 29.47));
        assertThat(GeoPoint.of(new Coordinate(121.87, 29.47))).isEqualTo(p);
    }

    @Test
    void theExtremeValuesAreAccepted() {
        assertThat(new GeoPoint(-90, -180)).isNotNull();
        assertThat(new GeoPoint(90, 180)).isNotNull();
    }

    @ParameterizedTest(name = "lat {0}, lon {1} is rejected")
    @CsvSource({"90.0001, 0", "-90.5, 0", "0, 180.01", "0, -181", "NaN, 0", "0, NaN", "Infinity, 0", "0, -Infinity", "200, 121"})
    void outOfRangeOrNonFiniteValuesAreRejected(double lat, double lon) {
        assertThatThrownBy(() -> new GeoPoint(lat, lon)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111_19Km() {
        double d = GreatCircle.distanceKm(new GeoPoint(29.0, 121.0), new GeoPoint(30.0, 121.0));

        assertThat(d).isCloseTo(111.19, within(0.01));
    }

    @Test
    void theDistanceFromAPointToItselfIsZeroAndDistanceIsSymmetric() {
        GeoPoint a = new GeoPoint(29.47, 121.87);
        GeoPoint b = new GeoPoint(29.12, 121.93);

        assertThat(GreatCircle.distanceKm(a, a)).isZero();
        assertThat(GreatCircle.distanceKm(a, b)).isEqualTo(GreatCircle.distanceKm(b, a));
    }

    @Test
    void aQuarterOfTheEquatorIsAQuarterOfTheCircumference() {
        double d = GreatCircle.distanceKm(new GeoPoint(0, 0), new GeoPoint(0, 90));

        assertThat(d).isCloseTo(Math.PI * 6371.0 / 2, within(1e-6));
    }
}
