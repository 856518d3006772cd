package org.anlan.incident;

import java.util.UUID;

/** Published after a new incident is stored (dispatch, the live board and the duty log react to it). */
public record IncidentReported(UUID incidentId, String typeCode, Severity severity, String townshipCode,
                               IncidentChannel channel) {
}
