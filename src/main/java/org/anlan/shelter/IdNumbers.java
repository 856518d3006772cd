package org.anlan.shelter;

import org.anlan.platform.error.ApiException;

/**
 * Resident identity numbers (GB 11643-1999, 18 characters with an ISO 7064 MOD 11-2 check character). The
 * platform keeps only the masked form: the first three and the last four characters.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** The masked number, or null when none was given; a malformed number is refused. */
    static String masked(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        String id = idNumber.trim().toUpperCase(java.util.Locale.ROOT);
        if (!valid(id)) {
            throw ApiException.badRequest("ID_NUMBER_INVALID", "error.shelter.idNumber");
        }
        return id.substring(0, 3) + "*".repeat(11) + id.substring(14);
    }

    static boolean valid(String id) {
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }
}
