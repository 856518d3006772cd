package org.anlan.monitoring;

/** The hazards the threshold rules grade; names match {@link ThresholdCrossed#hazard()} and the warning module. */
public enum Hazard {
    RAINSTORM, GALE, TYPHOON, WATER_LEVEL, TIDE, LANDSLIDE
}
