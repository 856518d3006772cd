package org.anlan.vessel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.anlan.geo.GreatCircle;
import org.anlan.typhoon.WindAreaAt;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * What a typhoon's wind circle sweeps over a horizon, sampled at fixed times: when it first reaches a point, a
 * boat holding its course and speed (domain-rules MW-07), or a boat on its way to a shelter. Positions between the
 * samples are not looked at, so the sampling step bounds how late an arrival can be seen (the circle's edge moves
 * some 20–40 km/h: a 10-minute step is within a few km). Short legs are interpolated in lon/lat.
 */
final class WindSweep {

    private static final double KM_PER_NM = 1.852;
    /** Below this speed over ground a boat is taken to be drifting or working, not heading anywhere. */
    private static final double UNDER_WAY_KN = 0.5;

    private record Snapshot(Instant at, PreparedGeometry area, Envelope envelope) {
    }

    private final List<Snapshot> snapshots;
    private final Geometry swept;

    private WindSweep(List<Snapshot> snapshots, Geometry swept) {
        this.snapshots = snapshots;
        this.swept = swept;
    }

    /** The sweep of these areas, in time order; times when the level is not reached are skipped. */
    static WindSweep of(List<WindAreaAt> areas) {
        List<Snapshot> snapshots = new ArrayList<>();
        List<Geometry> parts = new ArrayList<>();
        Instant previous = null;
        for (WindAreaAt a : areas) {
            if (previous != null && !a.at().isAfter(previous)) {
                throw new IllegalArgumentException("wind areas must be in increasing time");
            }
            previous = a.at();
            if (!a.area().isEmpty()) {
                snapshots.add(new Snapshot(a.at(), PreparedGeometryFactory.prepare(a.area()), a.area().getEnvelopeInternal()));
                parts.add(a.area());
            }
        }
        Geometry swept = parts.isEmpty() ? Geometries.FACTORY.createPolygon() : UnaryUnionOp.union(parts);
        return new WindSweep(List.copyOf(snapshots), swept);
    }

    boolean isEmpty() {
        return snapshots.isEmpty();
    }

    /** Everything the circle covers at some sampled time (lon/lat). */
    Geometry swept() {
        return swept;
    }

    /** The first sampled time the circle covers this point. */
    Optional<Instant> reaches(GeoPoint point) {
        for (Snapshot s : snapshots) {
            if (covers(s, point)) {
                return Optional.of(s.at());
            }
        }
        return Optional.empty();
    }

    /** The first sampled time the circle covers a boat leaving {@code from} at {@code start} on this course and speed. */
    Optional<Instant> reachesOnCourse(GeoPoint from, Instant start, Double sogKn, Double cogDeg) {
        if (sogKn == null || cogDeg == null || sogKn < UNDER_WAY_KN) {
            return Optional.empty();
        }
        double kmPerSecond = sogKn * KM_PER_NM / 3600.0;
        for (Snapshot s : snapshots) {
            long elapsed = Duration.between(start, s.at()).toSeconds();
            if (elapsed >= 0 && covers(s, ahead(from, cogDeg, elapsed * kmPerSecond))) {
                return Optional.of(s.at());
            }
        }
        return Optional.empty();
    }

    /**
     * The first sampled time before it arrives that the circle covers a boat going straight from {@code from} to
     * {@code to}, leaving at {@code depart} and arriving {@code travelSeconds} later; empty when it gets in clear.
     */
    Optional<Instant> catchesOnRoute(GeoPoint from, GeoPoint to, Instant depart, long travelSeconds) {
        Instant arrival = depart.plusSeconds(travelSeconds);
        for (Snapshot s : snapshots) {
            if (!s.at().isBefore(arrival)) {
                break;
            }
            long elapsed = Duration.between(depart, s.at()).toSeconds();
            if (elapsed < 0) {
                continue;
            }
            double f = travelSeconds == 0 ? 1.0 : (double) elapsed / travelSeconds;
            GeoPoint at = new GeoPoint(from.lat() + (to.lat() - from.lat()) * f, from.lon() + (to.lon() - from.lon()) * f);
            if (covers(s, at)) {
                return Optional.of(s.at());
            }
        }
        return Optional.empty();
    }

    private static boolean covers(Snapshot s, GeoPoint p) {
        return s.envelope().covers(p.lon(), p.lat()) && s.area().covers(Geometries.point(p));
    }

    /** Dead reckoning on a local flat frame: adequate for the few hundred km a boat covers within a horizon. */
    static GeoPoint ahead(GeoPoint from, double courseDeg, double km) {
        double course = Math.toRadians(courseDeg);
        double lat = from.lat() + km * Math.cos(course) / GreatCircle.KM_PER_DEGREE;
        double lon = from.lon() + km * Math.sin(course) / (GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(from.lat())));
        return new GeoPoint(Math.max(-90, Math.min(90, lat)), (lon + 540.0) % 360.0 - 180.0);
    }
}
