package org.anlan.vessel;

/** The position terminals a vessel carries: an AIS transponder (by MMSI) and/or a Beidou terminal (by its id). */
public enum TerminalKind {
    AIS, BEIDOU
}
