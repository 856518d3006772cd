package org.anlan.vessel;

/** A stored fix with the vessel it belongs to. */
record LocatedFix(VesselDirectory.Entry vessel, LivePosition position) {
}
