package org.anlan.supply;

import java.util.Arrays;
import java.util.Locale;
import org.anlan.platform.error.ApiException;

/** The three reserve levels of the county plan: county, township (乡镇/街道) and village (村/社区). */
public enum ReserveLevel {
    COUNTY, TOWNSHIP, VILLAGE;

    static ReserveLevel parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("SUPPLY_FIELD_REQUIRED", "error.supply.required", field);
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst().orElseThrow(() ->
                ApiException.badRequest("SUPPLY_LEVEL_UNKNOWN", "error.supply.level", text));
    }
}
