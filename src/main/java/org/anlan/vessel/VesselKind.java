package org.anlan.vessel;

/** What a vessel is for the fence rules and the collision watch: fishing, merchant, or anything else. */
public enum VesselKind {
    FISHING, MERCHANT, OTHER;

    /**
     * The kind an AIS ship-and-cargo type code implies (ITU-R M.1371 table 53): 30 fishing, 70–89 cargo and
     * tankers; everything else (including 0, not available) is OTHER.
     */
    public static VesselKind fromAisShipType(int shipType) {
        if (shipType == 30) {
            return FISHING;
        }
        return shipType >= 70 && shipType <= 89 ? MERCHANT : OTHER;
    }
}
