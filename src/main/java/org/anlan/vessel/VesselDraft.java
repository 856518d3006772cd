package org.anlan.vessel;

import java.math.BigDecimal;
import java.util.Set;

/** A vessel's particulars as entered (API, Excel row); checked by {@link VesselPolicy}. */
public record VesselDraft(String name, String registrationNo, Integer mmsi, String beidouTerminal, VesselKind kind,
                          String homePort, String townshipCode, BigDecimal lengthM, BigDecimal powerKw,
                          BigDecimal serviceSpeedKn, Integer crewCapacity, String ownerName, String ownerPhone,
                          Set<TerminalKind> terminals, boolean registeredElsewhere, boolean ammoniaRefrigeration) {
}
