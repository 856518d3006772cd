package org.anlan.warning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.anlan.platform.error.ApiException;
import org.anlan.warning.cap.CapGeometry;

/** Checks a draft and turns it into content: known townships, villages of those townships, a valid polygon, bounded texts. */
final class WarningPolicy {

    static final int MAX_TOWNSHIPS = 64;
    static final int MAX_VILLAGES = 1000;
    static final int MAX_HEADLINE = 200;
    static final int MAX_TEXT = 4000;

    private WarningPolicy() {
    }

    static WarningContent content(WarningDraft draft, CapProfile profile, Predicate<String> townshipExists,
                                  java.util.function.Function<String, String> townshipName) {
        Hazard hazard = Hazard.parse(draft.hazard())
                .orElseThrow(() -> ApiException.badRequest("WARNING_HAZARD_UNKNOWN", "error.warning.hazardUnknown", draft.hazard()));
        WarningLevel level = WarningLevel.parse(draft.level())
                .orElseThrow(() -> ApiException.badRequest("WARNING_LEVEL_UNKNOWN", "error.warning.levelUnknown", draft.level()));
        List<String> townships = draft.townshipCodes() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(draft.townshipCodes().stream().map(String::strip).toList()));
        if (townships.isEmpty() || townships.size() > MAX_TOWNSHIPS) {
            throw ApiException.badRequest("WARNING_TOWNSHIPS_REQUIRED", "error.warning.townshipsRequired");
        }
        for (String code : townships) {
            if (!townshipExists.test(code)) {
                throw ApiException.badRequest("TOWNSHIP_UNKNOWN", "error.township.unknown", code);
            }
        }
        List<String> villages = draft.villages() == null ? List.of() : draft.villages().stream().map(String::strip).toList();
        if (villages.size() > MAX_VILLAGES) {
            throw ApiException.badRequest("WARNING_VILLAGES_TOO_MANY", "error.warning.villagesTooMany", MAX_VILLAGES);
        }
        for (String village : villages) {
            int colon = village.indexOf(':');
            if (colon < 0 || colon == village.length() - 1 || !townships.contains(village.substring(0, colon))
                    || village.length() > 100) {
                throw ApiException.badRequest("WARNING_VILLAGE_INVALID", "error.warning.villageInvalid", village);
            }
        }
        String polygon = blankToNull(draft.polygon());
        if (polygon != null) {
            String problem = CapGeometry.polygonProblem(polygon);
            if (problem != null) {
                throw ApiException.badRequest("WARNING_POLYGON_INVALID", "error.warning.polygonInvalid", problem);
            }
        }
        if (draft.onsetAt() != null && draft.expiresAt() != null && !draft.expiresAt().isAfter(draft.onsetAt())) {
            throw ApiException.badRequest("WARNING_EXPIRES_BEFORE_ONSET", "error.warning.expiresBeforeOnset");
        }
        String headline = bounded(draft.headline(), MAX_HEADLINE, "headline");
        String instruction = bounded(draft.instruction(), MAX_TEXT, "instruction");
        return WarningContent.of(hazard, level, townships, villages, polygon,
                headline != null ? headline : WarningTexts.headline(profile.senderName(), hazard.chineseName(), level),
                bounded(draft.description(), MAX_TEXT, "description"),
                instruction != null ? instruction : WarningTexts.instruction(hazard, level, townships, townshipName),
                draft.onsetAt(), draft.expiresAt());
    }

    private static String bounded(String text, int max, String field) {
        String value = blankToNull(text);
        if (value != null && value.length() > max) {
            throw ApiException.badRequest("WARNING_TEXT_TOO_LONG", "error.warning.textTooLong", field, max);
        }
        return value;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
