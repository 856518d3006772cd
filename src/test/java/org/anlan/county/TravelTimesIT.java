package org.anlan.county;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.geo.GeoPoint;
import org.anlan.support.AnlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AnlanIntegrationTest
class TravelTimesIT {

    static final GeoPoint SHIPU_STATION = new GeoPoint(29.215, 121.950);
    static final GeoPoint HEPU_TOWN = new GeoPoint(29.125, 121.932);
    static final GeoPoint DANCHENG = new GeoPoint(29.478, 121.880);

    @Autowired
    TravelTimes travel;

    @Test
    void aTripOnTheMainlandIsTheDetouredDistanceAtTheAreaSpeed() {
        TravelEstimate estimate = travel.estimate(DANCHENG, new GeoPoint(29.47, 121.87));
        assertThat(estimate.crossings()).isEmpty();
        assertThat(estimate.sceneArea()).isEqualTo(AreaType.URBAN);
        assertThat(estimate.minutes()).isCloseTo(estimate.roadKm() / 30.0 * 60.0, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void anIslandTownshipIsReachedOverItsCrossingWhichAddsItsMinutes() {
        TravelEstimate toHepu = travel.estimate(SHIPU_STATION, HEPU_TOWN);
        assertThat(toHepu.crossings()).containsExactly("鹤浦大桥");
        assertThat(toHepu.minutes()).as("road legs at the rural speed plus the 3 minutes of the bridge")
                .isCloseTo(toHepu.roadKm() / 45.0 * 60.0 + 3.0, org.assertj.core.data.Offset.offset(0.2));
        TravelEstimate fromHepuToGaotang = travel.estimate(HEPU_TOWN, new GeoPoint(29.122, 121.834));
        assertThat(fromHepuToGaotang.crossings()).containsExactly("鹤浦大桥", "高塘大桥");
        assertThat(fromHepuToGaotang.minutes()).isGreaterThan(6.0 + fromHepuToGaotang.roadKm() / 45.0 * 60.0 - 0.2);
    }

    @Test
    void aSceneAtSeaAddsABoatLegFromTheNearestTownship() {
        TravelEstimate atSea = travel.estimate(SHIPU_STATION, new GeoPoint(29.20, 122.20));
        assertThat(atSea.seaLeg()).isTrue();
        assertThat(atSea.minutes()).isGreaterThan(30);
    }
}
