package org.anlan.risk;

/** RG-LV-03 [P]: who controls a risk of each level, when the enterprise names nobody else. */
final class ControlLevels {

    private ControlLevels() {
    }

    static String of(RiskLevel level) {
        return switch (level) {
            case MAJOR -> "企业主要负责人";
            case LARGE -> "分管负责人/职能部门";
            case GENERAL -> "车间/部门";
            case LOW -> "班组/岗位";
        };
    }
}
