package org.anlan.shelter;

import java.time.Instant;
import java.util.UUID;

/** An evacuee household's stay at a shelter; the identity number is held masked only. */
public record Stay(UUID id, UUID shelterId, String householdHead, String idNumberMasked, UUID villageId,
                   String villageName, int people, String phone, Instant checkedInAt, Instant checkedOutAt,
                   String checkedInBy) {

    public boolean present() {
        return checkedOutAt == null;
    }
}
