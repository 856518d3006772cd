package org.anlan.shelter;

import java.math.BigDecimal;
import java.util.List;

/** The particulars of a shelter to register. */
public record ShelterDraft(String name, String level, String kind, String townshipCode, String villageName,
                           String address, BigDecimal usableAreaM2, List<String> facilities, Boolean accessible,
                           String contact, String phone, Double lat, Double lon, Boolean provincialStandard) {
}
