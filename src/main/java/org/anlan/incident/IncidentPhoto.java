package org.anlan.incident;

import java.time.Instant;
import java.util.UUID;

/** A photo attached to an incident; the bytes live in the photo folder, not in the database. */
public record IncidentPhoto(UUID id, UUID incidentId, String contentType, long sizeBytes, String sha256, String storedName,
                            String uploadedBy, Instant uploadedAt) {
}
