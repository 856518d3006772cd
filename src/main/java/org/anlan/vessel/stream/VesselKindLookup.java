package org.anlan.vessel.stream;

import org.anlan.vessel.VesselKind;

/**
 * The kind of a vessel by MMSI, from the registry; null when unknown, in which case the pipeline uses the ship
 * type of the vessel's last AIS static report, and OTHER without one. Called on the pipeline thread per fix:
 * must be fast (an in-memory map).
 */
@FunctionalInterface
public interface VesselKindLookup {

    VesselKind kindOf(long mmsi);

    VesselKindLookup UNKNOWN = mmsi -> null;
}
