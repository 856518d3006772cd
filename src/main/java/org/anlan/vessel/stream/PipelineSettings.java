package org.anlan.vessel.stream;

import java.time.Duration;
import org.anlan.vessel.CpaThresholds;

/**
 * @param duplicateWindow a report equal to one of the vessel's recent reports (AIS: the same payload bits, heard
 *                        by several receivers; otherwise the same time and position) within this window is dropped
 * @param debounce        when a fence crossing counts
 * @param collision       the collision watch
 */
public record PipelineSettings(Duration duplicateWindow, Debounce debounce, CollisionWatch collision) {

    public static final PipelineSettings DEFAULTS = new PipelineSettings(Duration.ofSeconds(30),
            Debounce.DEFAULTS, CollisionWatch.DEFAULTS);

    public PipelineSettings {
        if (duplicateWindow == null || duplicateWindow.isNegative() || debounce == null || collision == null) {
            throw new IllegalArgumentException("pipeline settings incomplete");
        }
    }

    /**
     * A vessel's side of a fence changes only after {@code minConsecutiveFixes} consecutive fixes on the new side
     * spanning at least {@code minDuration}; fixes closer than {@code hysteresisMetres} to the boundary (approximate,
     * local flat earth) neither confirm nor cancel a change. A boat sitting on the line therefore raises nothing.
     */
    public record Debounce(int minConsecutiveFixes, Duration minDuration, double hysteresisMetres) {

        public static final Debounce DEFAULTS = new Debounce(2, Duration.ZERO, 20);

        public Debounce {
            if (minConsecutiveFixes < 1 || minDuration == null || minDuration.isNegative()
                    || !(hysteresisMetres >= 0)) {
                throw new IllegalArgumentException("debounce needs ≥ 1 fix, a non-negative duration and distance");
            }
        }
    }

    /**
     * @param radiusNm   pairs further apart are not compared
     * @param staleAfter a vessel silent this long is left out of the neighbourhood
     */
    public record CollisionWatch(double radiusNm, CpaThresholds thresholds, CollisionPairPolicy pairs,
            Duration staleAfter) {

        public static final CollisionWatch DEFAULTS = new CollisionWatch(3.0, CpaThresholds.XIANGSHAN_DEFAULTS,
                CollisionPairPolicy.MERCHANT_FISHING, Duration.ofMinutes(3));

        public CollisionWatch {
            if (!(radiusNm > 0 && radiusNm <= 60) || thresholds == null || pairs == null || staleAfter == null
                    || staleAfter.isNegative() || staleAfter.isZero()) {
                throw new IllegalArgumentException("collision radius 0–60 nm, thresholds, pairs and staleness required");
            }
        }
    }
}
