package org.anlan.vessel;

import java.time.Instant;
import java.util.UUID;

/** A vessel's last known fix, where it is (a harbour code, or null at sea) and since when it has been silent. */
public record LivePosition(UUID vesselId, Instant fixedAt, double lat, double lon, Double sog, Double cog,
                           TerminalKind source, String harbourCode, Instant lostContactSince) {

    public boolean atSea() {
        return harbourCode == null;
    }
}
