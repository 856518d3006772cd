package org.anlan.vessel;

/**
 * A recall computed from a stored typhoon track: the boats the {@code level} wind circle (widened by
 * {@code bufferKm}) reaches within {@code horizonHours} from now. Null fields take the defaults: level 6 (the blue
 * signal's wind, domain-rules §4.2), 24 h (MW-07's must-return window), no buffer, a title naming the storm.
 *
 * @param track a stored track's id, or its number when exactly one stored track has it
 */
public record TyphoonRecallOrder(String track, Integer level, Integer horizonHours, Double bufferKm, String title) {
}
