package org.anlan.monitoring;

/** A reading refused with a stable code and the reason in words (English, technical: for the sender's log). */
public record Rejection(int line, String stationId, String code, String reason) {
}
