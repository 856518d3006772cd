package org.anlan.incident;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.anlan.geo.GreatCircle;

/**
 * Suggests which recent incidents an incoming report may duplicate (合并建议): those of the same category that
 * occurred within the time window (either side) and within the radius, the incoming one itself excluded.
 *
 * <p>score = (1 + nearness + recency + sameType) / 4, where nearness = 1 − distance/radius and
 * recency = 1 − timeApart/window each lie in [0, 1] and sameType is 1 or 0; so the score lies in [0.25, 1],
 * and 1 means the same type at the same place and time. Scores are rounded to six decimals so that equal ones
 * compare equal; candidates come best first (then nearest, soonest, id).
 */
public final class MergeCandidates {

    private static final Comparator<MergeCandidate> BEST_FIRST =
            Comparator.comparingDouble(MergeCandidate::score).reversed()
                    .thenComparingDouble(MergeCandidate::distanceKm)
                    .thenComparing(MergeCandidate::timeApart)
                    .thenComparing(MergeCandidate::id);

    private final Duration window;
    private final double radiusKm;

    public MergeCandidates(Duration window, double radiusKm) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        if (!Double.isFinite(radiusKm) || radiusKm <= 0) {
            throw new IllegalArgumentException("radius must be a positive number of km, got " + radiusKm);
        }
        this.window = window;
        this.radiusKm = radiusKm;
    }

    /** Two hours, two kilometres. */
    public static MergeCandidates defaults() {
        return new MergeCandidates(Duration.ofHours(2), 2.0);
    }

    public List<MergeCandidate> find(IncidentSnapshot incoming, Collection<IncidentSnapshot> recent) {
        Objects.requireNonNull(incoming, "incoming");
        return recent.stream()
                .filter(other -> !other.id().equals(incoming.id()))
                .filter(other -> other.category() == incoming.category())
                .filter(other -> timeApart(incoming, other).compareTo(window) <= 0)
                .map(other -> candidate(incoming, other))
                .filter(candidate -> candidate.distanceKm() <= radiusKm)
                .sorted(BEST_FIRST)
                .toList();
    }

    private MergeCandidate candidate(IncidentSnapshot incoming, IncidentSnapshot other) {
        double distanceKm = GreatCircle.distanceKm(incoming.location(), other.location());
        Duration timeApart = timeApart(incoming, other);
        boolean sameType = other.typeCode().equals(incoming.typeCode());
        double nearness = clamp(1.0 - distanceKm / radiusKm);
        double recency = clamp(1.0 - seconds(timeApart) / seconds(window));
        double score = Math.round((1.0 + nearness + recency + (sameType ? 1.0 : 0.0)) / 4.0 * 1e6) / 1e6;
        return new MergeCandidate(other.id(), distanceKm, timeApart, sameType, score);
    }

    private static Duration timeApart(IncidentSnapshot a, IncidentSnapshot b) {
        return Duration.between(a.occurredAt(), b.occurredAt()).abs();
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
