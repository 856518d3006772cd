package org.anlan.typhoon;

/** How far from a cyclone's centre winds of a given speed reach, by direction. */
public interface WindField {

    /** No winds of any strength: a fix without the data for a model. */
    WindField CALM = (thresholdMs, bearingDeg) -> 0.0;

    /** Radius in km within which mean winds reach {@code thresholdMs} towards {@code bearingDeg}; 0 when nowhere. */
    double radiusKm(double thresholdMs, double bearingDeg);

    /** The wind field of a fix: from its given radii when it has them, otherwise from the Holland profile. */
    static WindField of(TrackFix fix) {
        if (fix.hasRadii()) {
            return RadiiWindField.of(fix.radii(), fix.maxWindMs());
        }
        return HollandProfile.forFix(fix).map(WindField.class::cast).orElse(CALM);
    }
}
