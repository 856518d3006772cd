package org.anlan.vessel;

import java.time.LocalDate;

/** A crew member as entered; a certificate number and its expiry come together or not at all. */
public record CrewDraft(String name, String position, String phone, String certificateNo, LocalDate certificateExpires) {
}
