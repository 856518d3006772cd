package org.anlan.incident;

import java.util.UUID;

/** A newly stored incident, as carried by {@link IncidentsReported} (dispatch, the live board and the duty log react to it). */
public record IncidentReported(UUID incidentId, String typeCode, Severity severity, String townshipCode,
                               IncidentChannel channel) {
}
