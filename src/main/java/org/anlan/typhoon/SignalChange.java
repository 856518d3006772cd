package org.anlan.typhoon;

import java.time.Instant;

/** From {@code at} on, the signal a place would warrant (null: none). */
public record SignalChange(Instant at, TyphoonSignal signal) {
}
