package org.anlan.resource;

import java.util.Arrays;
import org.anlan.platform.error.ApiException;

/** 待命 / 出动中 / 休整 / 不可用. Only teams on standby are recommended for dispatch. */
public enum TeamStatus {
    ON_DUTY, DISPATCHED, OFF_DUTY, UNAVAILABLE;

    public static TeamStatus parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("TEAM_STATUS_UNKNOWN", "error.team.status",
                        String.valueOf(text), String.join(", ", Arrays.stream(values()).map(Enum::name).toList())));
    }
}
