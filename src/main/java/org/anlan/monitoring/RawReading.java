package org.anlan.monitoring;

/**
 * A reading as it came in (HTTP, MQTT, file), not yet checked. {@code line} is its position in the batch (1-based
 * CSV line or JSON array index + 1), for the rejection report.
 */
public record RawReading(int line, String stationId, String observedAt, String value, String unit) {
}
