package org.anlan.warning;

import java.util.UUID;

/**
 * An official called for 叫应 when a warning reaches their township (rank 1 first; when nobody acknowledges in time,
 * the next rank, and at last the county's duty leader, whose township is null). Retired officials are kept for the
 * callouts that name them but are never called again.
 */
public record WarningOfficial(UUID id, String name, String position, String phone, String email, String pushToken,
                              String townshipCode, int rank, boolean active) {
}
