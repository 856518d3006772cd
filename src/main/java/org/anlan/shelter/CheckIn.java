package org.anlan.shelter;

import java.util.UUID;

/** A household arriving at a shelter: head of household, optional identity number (kept masked), village, people. */
public record CheckIn(String householdHead, String idNumber, UUID villageId, String villageName, Integer people,
                      String phone) {
}
