package org.anlan.vessel;

import java.time.LocalDate;
import java.util.UUID;

/** A crew member of a vessel with their certificate (职务船员证书) and its expiry, when they hold one. */
public record CrewMember(UUID id, UUID vesselId, String name, String position, String phone, String certificateNo,
                         LocalDate certificateExpires) {

    public boolean certificateExpiredOn(LocalDate day) {
        return certificateExpires != null && certificateExpires.isBefore(day);
    }
}
