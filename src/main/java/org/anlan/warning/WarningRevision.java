package org.anlan.warning;

import java.time.Instant;

/** One kept revision of a warning: who did what, when, and the full state after it (JSON). */
public record WarningRevision(int revision, String action, String actor, Instant at, WarningStatus status, int version,
                              String identifier, String snapshotJson) {
}
