package org.anlan.typhoon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anlan.geo.GeoPoint;

/**
 * Positions between a track's fixes, linear in time. Latitude and longitude are interpolated linearly (between
 * fixes 3–6 h apart the difference from the great circle is far below the best track's 0.1° precision); pressure
 * and maximum wind linearly when both neighbours have them. Wind radii are interpolated only between two fixes that
 * both give them (per threshold, extents linearly, the direction of the nearer fix); otherwise the position has
 * none and the Holland profile applies.
 */
public final class TrackInterpolator {

    public static final Duration MIN_STEP = Duration.ofMinutes(1);
    public static final Duration MAX_STEP = Duration.ofHours(6);
    /** Bounds the work per track: a month of positions at one minute. */
    static final int MAX_POSITIONS = 50_000;

    private TrackInterpolator() {
    }

    /** Positions every {@code step} from the first fix, plus the last fix when the step does not land on it. */
    public static List<TrackFix> positions(Track track, Duration step) {
        if (step.compareTo(MIN_STEP) < 0 || step.compareTo(MAX_STEP) > 0) {
            throw new IllegalArgumentException("time step must be between " + MIN_STEP + " and " + MAX_STEP + ", got " + step);
        }
        Duration span = Duration.between(track.start(), track.end());
        if (span.dividedBy(step) + 2 > MAX_POSITIONS) {
            throw new IllegalArgumentException("track of " + span.toHours() + " h at " + step.toMinutes()
                    + " min gives more than " + MAX_POSITIONS + " positions; use a longer step");
        }
        List<TrackFix> positions = new ArrayList<>();
        int segment = 0;
        for (Instant t = track.start(); !t.isAfter(track.end()); t = t.plus(step)) {
            while (segment < track.fixes().size() - 2 && !t.isBefore(track.fixes().get(segment + 1).time())) {
                segment++;
            }
            positions.add(between(track, segment, t));
        }
        if (!positions.get(positions.size() - 1).time().equals(track.end())) {
            positions.add(track.fixes().get(track.fixes().size() - 1));
        }
        return positions;
    }

    /** The interpolated position at {@code time}; empty outside the track's time span. */
    public static Optional<TrackFix> at(Track track, Instant time) {
        if (time.isBefore(track.start()) || time.isAfter(track.end())) {
            return Optional.empty();
        }
        int segment = 0;
        while (segment < track.fixes().size() - 2 && !time.isBefore(track.fixes().get(segment + 1).time())) {
            segment++;
        }
        return Optional.of(between(track, segment, time));
    }

    private static TrackFix between(Track track, int segment, Instant t) {
        List<TrackFix> fixes = track.fixes();
        TrackFix a = fixes.get(segment);
        if (fixes.size() == 1 || t.equals(a.time())) {
            return a;
        }
        TrackFix b = fixes.get(segment + 1);
        if (t.equals(b.time())) {
            return b;
        }
        double w = (double) Duration.between(a.time(), t).toMillis() / Duration.between(a.time(), b.time()).toMillis();
        GeoPoint centre = new GeoPoint(lerp(a.centre().lat(), b.centre().lat(), w), lerp(a.centre().lon(), b.centre().lon(), w));
        Integer pressure = a.pressureHpa() != null && b.pressureHpa() != null
                ? (int) Math.round(lerp(a.pressureHpa(), b.pressureHpa(), w)) : nearer(a.pressureHpa(), b.pressureHpa(), w);
        Double wind = a.maxWindMs() != null && b.maxWindMs() != null
                ? lerp(a.maxWindMs(), b.maxWindMs(), w) : nearer(a.maxWindMs(), b.maxWindMs(), w);
        return new TrackFix(t, centre, pressure, wind, w < 0.5 ? a.grade() : b.grade(), radii(a, b, w));
    }

    private static List<WindRadius> radii(TrackFix a, TrackFix b, double w) {
        if (!a.hasRadii() || !b.hasRadii()) {
            return List.of();
        }
        List<WindRadius> result = new ArrayList<>();
        for (WindRadius ra : a.radii()) {
            for (WindRadius rb : b.radii()) {
                if (ra.thresholdKnots() == rb.thresholdKnots()) {
                    int longest = (int) Math.round(lerp(ra.longestNm(), rb.longestNm(), w));
                    int shortest = Math.min(longest, (int) Math.round(lerp(ra.shortestNm(), rb.shortestNm(), w)));
                    CompassDirection direction = w < 0.5 ? ra.longestDirection() : rb.longestDirection();
                    result.add(new WindRadius(ra.thresholdKnots(), direction, longest, shortest));
                }
            }
        }
        return result;
    }

    private static <T> T nearer(T a, T b, double w) {
        return w < 0.5 ? (a != null ? a : b) : (b != null ? b : a);
    }

    private static double lerp(double a, double b, double w) {
        return a + (b - a) * w;
    }
}
