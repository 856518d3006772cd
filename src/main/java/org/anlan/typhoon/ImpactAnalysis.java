package org.anlan.typhoon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.GreatCircle;

/**
 * The impact of a track on fixed places, sampled at the interpolation step: distance (great circle) to the centre,
 * the highest of the 6/8/10/12-level circles covering the place, and from that the typhoon signal each sample would
 * warrant — the highest colour whose level is reached at the place within the colour's window from that time
 * (24 h for blue and yellow, 12 h orange, 6 h red). A best track read this way is hindsight: as if the track had
 * been a perfect forecast.
 */
public final class ImpactAnalysis {

    public static final int[] LEVELS = {6, 8, 10, 12};
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(10);

    private ImpactAnalysis() {
    }

    public static TrackImpact analyse(Track track, TownshipSeat countyCentre, List<TownshipSeat> townships, Duration step) {
        List<Sample> samples = TrackInterpolator.positions(track, step).stream().map(Sample::of).toList();
        List<PlaceImpact> impacts = new ArrayList<>(townships.size());
        for (TownshipSeat township : townships) {
            impacts.add(place(township, samples));
        }
        boolean radii = samples.stream().anyMatch(s -> s.field() instanceof RadiiWindField);
        boolean holland = samples.stream().anyMatch(s -> s.field() instanceof HollandProfile);
        String model = radii && holland ? "MIXED" : radii ? "RADII" : "HOLLAND";
        Integer minPressure = track.minPressureHpa().isPresent() ? track.minPressureHpa().getAsInt() : null;
        return new TrackImpact(track.agency(), track.number(), track.name(), track.fixes().size(), minPressure,
                track.start(), track.end(), step, model, place(countyCentre, samples), impacts);
    }

    /** One interpolated position with its wind field; a symmetric field's level radii are computed once. */
    private record Sample(TrackFix fix, WindField field, double[] symmetricRadiiKm) {

        static Sample of(TrackFix fix) {
            WindField field = WindField.of(fix);
            double[] radii = null;
            if (!(field instanceof RadiiWindField)) {
                radii = new double[LEVELS.length];
                for (int i = 0; i < LEVELS.length; i++) {
                    radii[i] = field.radiusKm(WindScale.lowerBoundMs(LEVELS[i]), 0.0);
                }
            }
            return new Sample(fix, field, radii);
        }

        int levelAt(GeoPoint place, double distanceKm) {
            double bearing = symmetricRadiiKm == null ? bearingDeg(fix.centre(), place) : 0.0;
            int reached = 0;
            for (int i = 0; i < LEVELS.length; i++) {
                double radius = symmetricRadiiKm != null ? symmetricRadiiKm[i]
                        : field.radiusKm(WindScale.lowerBoundMs(LEVELS[i]), bearing);
                if (radius > 0.0 && distanceKm <= radius) {
                    reached = LEVELS[i];
                }
            }
            return reached;
        }
    }

    private static PlaceImpact place(TownshipSeat place, List<Sample> samples) {
        List<DistanceSample> series = new ArrayList<>(samples.size());
        DistanceSample closest = null;
        for (Sample sample : samples) {
            double km = GreatCircle.distanceKm(sample.fix().centre(), place.seat());
            DistanceSample point = new DistanceSample(sample.fix().time(), km, sample.levelAt(place.seat(), km));
            series.add(point);
            if (closest == null || km < closest.km()) {
                closest = point;
            }
        }
        List<LevelWindow> levels = new ArrayList<>(LEVELS.length);
        for (int level : LEVELS) {
            Instant enter = null;
            Instant exit = null;
            for (DistanceSample point : series) {
                if (point.windLevel() >= level) {
                    enter = enter == null ? point.at() : enter;
                    exit = point.at();
                }
            }
            levels.add(new LevelWindow(level, enter, exit));
        }
        List<SignalChange> signals = signals(series);
        TyphoonSignal highest = signals.stream().map(SignalChange::signal).filter(s -> s != null)
                .max(Enum::compareTo).orElse(null);
        return new PlaceImpact(place.code(), place.name(), closest.km(), closest.at(), levels, highest, signals, series);
    }

    /** The signal warranted at each sample, reported where it changes (the first entry only when one is warranted). */
    static List<SignalChange> signals(List<DistanceSample> series) {
        List<SignalChange> changes = new ArrayList<>();
        TyphoonSignal current = null;
        for (int i = 0; i < series.size(); i++) {
            TyphoonSignal warranted = warrantedAt(series, i);
            if (warranted != current) {
                changes.add(new SignalChange(series.get(i).at(), warranted));
                current = warranted;
            }
        }
        return changes;
    }

    private static TyphoonSignal warrantedAt(List<DistanceSample> series, int from) {
        TyphoonSignal[] colours = TyphoonSignal.values();
        for (int c = colours.length - 1; c >= 0; c--) {
            Instant until = series.get(from).at().plus(colours[c].window());
            for (int j = from; j < series.size() && !series.get(j).at().isAfter(until); j++) {
                if (series.get(j).windLevel() >= colours[c].windLevel()) {
                    return colours[c];
                }
            }
        }
        return null;
    }

    /** Initial great-circle bearing from {@code from} to {@code to}, degrees clockwise from north. */
    static double bearingDeg(GeoPoint from, GeoPoint to) {
        double lat1 = Math.toRadians(from.lat());
        double lat2 = Math.toRadians(to.lat());
        double dLon = Math.toRadians(to.lon() - from.lon());
        double y = Math.sin(dLon) * Math.cos(lat2);
        double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
        return (Math.toDegrees(Math.atan2(y, x)) + 360.0) % 360.0;
    }
}
