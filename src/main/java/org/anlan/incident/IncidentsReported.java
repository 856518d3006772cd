package org.anlan.incident;

import java.util.List;

/**
 * Published once per intake batch, after the batch's incidents are stored: one event (and one publication
 * record) per commit instead of one per report keeps intake fast under load.
 */
public record IncidentsReported(List<IncidentReported> incidents) {
}
