package org.anlan.typhoon;

import java.util.Optional;

/**
 * The parametric wind profile of Holland (1980, Mon. Wea. Rev. 108:1212, eq. 4), for fixes without wind radii:
 * <pre>V(r) = sqrt( (B/ρ)·(Rmax/r)^B·Δp·exp(−(Rmax/r)^B) + (r·f/2)² ) − r·f/2</pre>
 * <ul>
 *   <li>Δp = {@value #AMBIENT_PRESSURE_HPA} hPa (ambient pressure of the western North Pacific) − central pressure;</li>
 *   <li>ρ = {@value #AIR_DENSITY} kg/m³; f = 2Ω·sin(latitude);</li>
 *   <li>Rmax from Vickery &amp; Wadhera (2008, J. Appl. Meteor. Climatol. 47:2497, eq. 11):
 *       ln Rmax[km] = 3.015 − 6.291·10⁻⁵·Δp² + 0.0337·latitude, bounded to [{@value #MIN_RMAX_KM},
 *       {@value #MAX_RMAX_KM}] km;</li>
 *   <li>B from the agency's maximum wind by Holland's eq. 8, Vmax² = B·Δp/(ρ·e), so that the profile peaks near the
 *       observed surface wind (CMA gives the 2-min mean surface wind, hence no separate surface reduction); without a
 *       maximum wind, B from Vickery &amp; Wadhera (eq. 13) B = 1.881 − 0.00557·Rmax − 0.01295·latitude; bounded to
 *       [{@value #MIN_B}, {@value #MAX_B}].</li>
 * </ul>
 * The profile is symmetric: it ignores the asymmetry from the storm's motion and friction over land, and a best
 * track's maximum wind is a 2-min (CMA) or 10-min (JMA) mean, used as given. Decision support, not a forecast.
 */
public record HollandProfile(double deltaPHpa, double rmaxKm, double b, double latitudeDeg) implements WindField {

    public static final double AMBIENT_PRESSURE_HPA = 1010.0;
    public static final double AIR_DENSITY = 1.15;
    static final double MIN_RMAX_KM = 8.0;
    static final double MAX_RMAX_KM = 200.0;
    static final double MIN_B = 0.8;
    static final double MAX_B = 2.5;
    static final double MAX_RADIUS_KM = 2_000.0;
    private static final double OMEGA = 7.2921e-5;

    public static Optional<HollandProfile> forFix(TrackFix fix) {
        if (fix.pressureHpa() == null || fix.pressureHpa() >= AMBIENT_PRESSURE_HPA - 1.0) {
            return Optional.empty();
        }
        double deltaP = AMBIENT_PRESSURE_HPA - fix.pressureHpa();
        double latitude = Math.abs(fix.centre().lat());
        double rmax = clamp(Math.exp(3.015 - 6.291e-5 * deltaP * deltaP + 0.0337 * latitude), MIN_RMAX_KM, MAX_RMAX_KM);
        double b = fix.maxWindMs() != null
                ? AIR_DENSITY * Math.E * fix.maxWindMs() * fix.maxWindMs() / (deltaP * 100.0)
                : 1.881 - 0.00557 * rmax - 0.01295 * latitude;
        return Optional.of(new HollandProfile(deltaP, rmax, clamp(b, MIN_B, MAX_B), fix.centre().lat()));
    }

    /** Gradient-level mean wind in m/s at {@code rKm} from the centre. */
    public double speedMs(double rKm) {
        if (rKm <= 0.0) {
            return 0.0;
        }
        double r = rKm * 1000.0;
        double f = 2.0 * OMEGA * Math.sin(Math.toRadians(Math.abs(latitudeDeg)));
        double scaled = Math.pow(rmaxKm / rKm, b);
        double pressureTerm = b / AIR_DENSITY * scaled * deltaPHpa * 100.0 * Math.exp(-scaled);
        double half = r * f / 2.0;
        return Math.sqrt(pressureTerm + half * half) - half;
    }

    /** Outermost radius at which the wind reaches {@code thresholdMs}: bisection outside Rmax, where V falls. */
    @Override
    public double radiusKm(double thresholdMs, double bearingDeg) {
        double inner = peakRadiusKm();
        if (speedMs(inner) < thresholdMs) {
            return 0.0;
        }
        double outer = MAX_RADIUS_KM;
        if (speedMs(outer) >= thresholdMs) {
            return outer;
        }
        for (int i = 0; i < 50 && outer - inner > 0.01; i++) {
            double middle = (inner + outer) / 2.0;
            if (speedMs(middle) >= thresholdMs) {
                inner = middle;
            } else {
                outer = middle;
            }
        }
        return inner;
    }

    /** The radius of the strongest wind: Rmax without Coriolis, slightly inside it with; found by golden search. */
    double peakRadiusKm() {
        double low = rmaxKm * 0.5;
        double high = rmaxKm * 1.5;
        final double ratio = (Math.sqrt(5.0) - 1.0) / 2.0;
        for (int i = 0; i < 40; i++) {
            double a = high - ratio * (high - low);
            double c = low + ratio * (high - low);
            if (speedMs(a) > speedMs(c)) {
                high = c;
            } else {
                low = a;
            }
        }
        return (low + high) / 2.0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
