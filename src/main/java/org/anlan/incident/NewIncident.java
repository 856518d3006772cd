package org.anlan.incident;

import java.time.Instant;

/**
 * A report as it arrives, from any channel. Location is a point, or a township code (its seat is used) when
 * the caller knows only the place name.
 */
public record NewIncident(String typeCode, Double lat, Double lon, String townshipCode, String address,
                          Instant occurredAt, String description, Casualties casualties, long directLossYuan,
                          Double burnedHectares, IncidentChannel channel, String reporterName, String reporterPhone,
                          String sourceRef) {
}
