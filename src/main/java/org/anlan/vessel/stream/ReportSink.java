package org.anlan.vessel.stream;

import org.anlan.vessel.VesselKind;

/**
 * Where the decode stage ({@link SentenceDecoding}) puts what it reads from a line: position reports with the
 * fingerprint the de-duplicate stage compares, and the vessel kind a static report announces. Flat arguments so
 * that the in-process hot path allocates nothing.
 */
interface ReportSink {

    /**
     * One position report; sog/cog NaN when not given. The fingerprint (three longs) is equal for the same report
     * heard by several receivers.
     */
    void fix(long mmsi, long timeMillis, double lat, double lon, double sog, double cog, Position.Source source,
            long fingerprintA, long fingerprintB, long fingerprintC);

    /** A static report of the vessel's AIS ship type (types 5, 19, 24 B). */
    void reportedKind(long mmsi, VesselKind kind);

    /** A decoded position report without a usable position or MMSI. */
    void unusable();
}
