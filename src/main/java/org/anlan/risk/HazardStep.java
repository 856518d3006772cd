package org.anlan.risk;

import java.time.Instant;
import java.util.UUID;

/** One entry of a hazard's history: the state reached, by whom (null for an anonymous tip-off), when, and a note. */
public record HazardStep(HazardState state, UUID actor, Instant at, String note) {
}
