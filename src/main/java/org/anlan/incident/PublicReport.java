package org.anlan.incident;

import java.time.Instant;

/**
 * A report from the public as it arrives at {@code POST /api/public/reports}. {@code website} is the honeypot:
 * the form hides it from people, so a value in it means a robot filled the form.
 */
record PublicReport(String type, Double lat, Double lon, String township, String address, Instant occurredAt,
                    String description, Integer dead, Integer missing, Integer seriouslyInjured, Integer injured,
                    Long directLossYuan, String reporterName, String reporterPhone, String website) {

    NewIncident toNewIncident() {
        return new NewIncident(type, lat, lon, township, address, occurredAt,
                description, IncidentApiController.casualties(dead, missing, seriouslyInjured, injured),
                directLossYuan == null ? 0 : directLossYuan, null, IncidentChannel.PUBLIC, reporterName, reporterPhone,
                null);
    }

    boolean filledByRobot() {
        return website != null && !website.isEmpty();
    }
}
