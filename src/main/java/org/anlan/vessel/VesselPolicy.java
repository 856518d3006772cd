package org.anlan.vessel;

import java.math.BigDecimal;
import org.anlan.platform.error.ApiException;

/** Checks a vessel's particulars; each wrong field is refused with its own code and message key. */
final class VesselPolicy {

    private static final int MAX_TEXT = 100;
    private static final BigDecimal MAX_LENGTH_M = new BigDecimal("400");
    private static final BigDecimal MAX_POWER_KW = new BigDecimal("100000");
    private static final BigDecimal MAX_SPEED_KN = new BigDecimal("40");
    private static final int MAX_CREW = 500;

    private VesselPolicy() {
    }

    static void check(VesselDraft draft) {
        requireText(draft.name(), "name");
        requireText(draft.registrationNo(), "registrationNo");
        requireText(draft.ownerName(), "ownerName");
        requireText(draft.homePort(), "homePort");
        requireText(draft.townshipCode(), "townshipCode");
        if (draft.kind() == null) {
            throw invalid("kind");
        }
        if (draft.terminals() == null || draft.terminals().isEmpty()) {
            throw ApiException.badRequest("VESSEL_TERMINAL_MISSING", "error.vessel.terminalMissing");
        }
        if (draft.terminals().contains(TerminalKind.AIS) && draft.mmsi() == null) {
            throw ApiException.badRequest("VESSEL_MMSI_MISSING", "error.vessel.mmsiMissing");
        }
        if (draft.mmsi() != null && (draft.mmsi() < 100_000_000 || draft.mmsi() > 999_999_999)) {
            throw ApiException.badRequest("VESSEL_MMSI_INVALID", "error.vessel.mmsiInvalid", draft.mmsi());
        }
        if (draft.terminals().contains(TerminalKind.BEIDOU) && isBlank(draft.beidouTerminal())) {
            throw ApiException.badRequest("VESSEL_BEIDOU_MISSING", "error.vessel.beidouMissing");
        }
        if (draft.beidouTerminal() != null && draft.beidouTerminal().length() > 32) {
            throw invalid("beidouTerminal");
        }
        requireRange(draft.lengthM(), BigDecimal.ZERO, MAX_LENGTH_M, false, "lengthM");
        requireRange(draft.powerKw(), BigDecimal.ZERO, MAX_POWER_KW, true, "powerKw");
        requireRange(draft.serviceSpeedKn(), BigDecimal.ZERO, MAX_SPEED_KN, false, "serviceSpeedKn");
        if (draft.crewCapacity() == null || draft.crewCapacity() < 0 || draft.crewCapacity() > MAX_CREW) {
            throw invalid("crewCapacity");
        }
        if (draft.ownerPhone() != null && draft.ownerPhone().length() > 32) {
            throw invalid("ownerPhone");
        }
    }

    private static void requireText(String value, String field) {
        if (isBlank(value) || value.trim().length() > MAX_TEXT) {
            throw invalid(field);
        }
    }

    private static void requireRange(BigDecimal value, BigDecimal min, BigDecimal max, boolean minIncluded, String field) {
        if (value == null || value.compareTo(max) > 0 || (minIncluded ? value.compareTo(min) < 0 : value.compareTo(min) <= 0)) {
            throw invalid(field);
        }
    }

    static VesselKind kind(String text) {
        return parseEnum(VesselKind.class, text, "VESSEL_KIND_UNKNOWN", "error.vessel.kind");
    }

    static TerminalKind terminal(String text) {
        return parseEnum(TerminalKind.class, text, "VESSEL_TERMINAL_UNKNOWN", "error.vessel.terminal");
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String code, String key) {
        String wanted = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw ApiException.badRequest(code, key, text);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String trimmed(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static ApiException invalid(String field) {
        return ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", field);
    }
}
