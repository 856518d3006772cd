package org.anlan.typhoon;

import java.time.Instant;
import java.util.List;

/**
 * What a track means for one place: closest approach, the windows inside the 6/8/10/12-level circles, the signal
 * it would warrant over time (decision support) and the distance series.
 */
public record PlaceImpact(String code, String name, double closestKm, Instant closestAt, List<LevelWindow> levels,
                          TyphoonSignal highestSignal, List<SignalChange> signals, List<DistanceSample> distances) {

    public PlaceImpact {
        levels = List.copyOf(levels);
        signals = List.copyOf(signals);
        distances = List.copyOf(distances);
    }
}
