package org.anlan.typhoon;

import java.util.List;

/**
 * A wind field anchored on given radii (JMA: 30 kt and 50 kt). Between and beyond the radii the wind falls off as a
 * modified Rankine vortex, V·r^x = const (Hughes 1952; Holland's outer profile behaves alike), with the exponent
 * fitted through both radii in each direction, x = ln(V50/V30) / ln(R30/R50), bounded to [{@value #MIN_DECAY},
 * {@value #MAX_DECAY}]; with only the 30-kt radius, x = {@value #DEFAULT_DECAY} (the textbook value for the outer
 * vortex). A speed above the fix's maximum wind, or at least 50 kt where the 50-kt radius is given as zero, has no circle.
 */
record RadiiWindField(WindRadius r30, WindRadius r50, Double maxWindMs) implements WindField {

    static final double DEFAULT_DECAY = 0.5;
    static final double MIN_DECAY = 0.3;
    static final double MAX_DECAY = 1.2;

    static WindField of(List<WindRadius> radii, Double maxWindMs) {
        WindRadius r30 = null;
        WindRadius r50 = null;
        for (WindRadius radius : radii) {
            if (radius.thresholdKnots() == 30) {
                r30 = radius;
            } else if (radius.thresholdKnots() == 50) {
                r50 = radius;
            }
        }
        if (r30 == null || r30.absent()) {
            return r50 == null || r50.absent() ? CALM : new RadiiWindField(r50, null, maxWindMs);
        }
        return new RadiiWindField(r30, r50, maxWindMs);
    }

    @Override
    public double radiusKm(double thresholdMs, double bearingDeg) {
        if (maxWindMs != null && thresholdMs > maxWindMs) {
            return 0.0;
        }
        double outer = r30.radiusKm(bearingDeg);
        double outerSpeed = r30.thresholdMs();
        if (r50 == null || r50.absent()) {
            if (r50 != null && thresholdMs >= r50.thresholdMs()) {
                return 0.0;
            }
            return outer * Math.pow(outerSpeed / thresholdMs, 1.0 / DEFAULT_DECAY);
        }
        double inner = r50.radiusKm(bearingDeg);
        double innerSpeed = r50.thresholdMs();
        double decay = inner > 0.0 && outer > inner
                ? Math.max(MIN_DECAY, Math.min(MAX_DECAY, Math.log(innerSpeed / outerSpeed) / Math.log(outer / inner)))
                : DEFAULT_DECAY;
        if (thresholdMs <= outerSpeed) {
            return outer * Math.pow(outerSpeed / thresholdMs, 1.0 / decay);
        }
        return inner * Math.pow(innerSpeed / thresholdMs, 1.0 / decay);
    }
}
