package org.anlan.incident;

/**
 * Another module (a warning, a vessel alarm, a sensor) tells the duty desk that something happened. The report
 * must use {@link IncidentChannel#SYSTEM} and carry a {@code sourceRef} unique to what was signalled (for example
 * {@code "vessel-alarm:1234"}): the desk creates at most one incident per source reference, so a redelivered
 * event never creates a second one.
 */
public record IncidentSignalled(NewIncident report) {
}
