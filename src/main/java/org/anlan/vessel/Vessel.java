package org.anlan.vessel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One registered vessel. {@code mmsi} is set when it carries AIS, {@code beidouTerminal} when it carries Beidou. */
public record Vessel(UUID id, String name, String registrationNo, Integer mmsi, String beidouTerminal, VesselKind kind,
                     String homePort, String townshipCode, BigDecimal lengthM, BigDecimal powerKw,
                     BigDecimal serviceSpeedKn, int crewCapacity, String ownerName, String ownerPhone,
                     Set<TerminalKind> terminals, boolean registeredElsewhere, boolean ammoniaRefrigeration,
                     boolean synthetic, Instant createdAt, Instant updatedAt) {

    public Vessel {
        terminals = terminals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(terminals));
    }

    /** 10 人以上, 异地挂靠, 液氨冷藏: the flags the plan names, derived from the particulars. */
    public Set<VesselFlag> flags() {
        Set<VesselFlag> flags = EnumSet.noneOf(VesselFlag.class);
        if (crewCapacity >= VesselFlag.LARGE_CREW_THRESHOLD) {
            flags.add(VesselFlag.LARGE_CREW);
        }
        if (registeredElsewhere) {
            flags.add(VesselFlag.REGISTERED_ELSEWHERE);
        }
        if (ammoniaRefrigeration) {
            flags.add(VesselFlag.AMMONIA_REFRIGERATION);
        }
        return flags;
    }
}
