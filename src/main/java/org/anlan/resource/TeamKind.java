package org.anlan.resource;

import java.util.Arrays;
import org.anlan.platform.error.ApiException;

/** The kinds of rescue force the county plan counts. */
public enum TeamKind {
    NATIONAL_FIRE_RESCUE("国家综合性消防救援队"),
    MUNICIPAL_FOREST_FIRE("市级森林消防队"),
    COUNTY_FOREST_FIRE("县级森林消防队"),
    DEPARTMENT_PROFESSIONAL("部门专业救援队"),
    TOWNSHIP_FULLTIME_FIRE("乡镇专职消防队"),
    TOWNSHIP_FOREST_FIRE("乡镇森林消防队"),
    SOCIAL_RESCUE("社会救援队"),
    ENTERPRISE_FIRE("企业消防队"),
    MICRO_FIRE_STATION("微型消防站");

    private final String chinese;

    TeamKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The kind named by {@code text} (its code); a request naming no kind of the plan is refused. */
    public static TeamKind parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("TEAM_KIND_UNKNOWN", "error.team.kind",
                        String.valueOf(text), String.join(", ", Arrays.stream(values()).map(Enum::name).toList())));
    }
}
