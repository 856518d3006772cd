package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * 治理方案 of a 重大事故隐患 (HZ-LAW-03, HZ-LAW-04). It may be drafted incomplete; {@link #missingItems()}
 * says what is still lacking, and only a complete plan can be approved.
 */
public record RectificationPlan(String objectives, String responsibility, String measures, BigDecimal fundsYuan,
        Instant deadline, String contingencyPlan) {

    public Set<PlanItem> missingItems() {
        Set<PlanItem> missing = EnumSet.noneOf(PlanItem.class);
        if (isBlank(objectives)) {
            missing.add(PlanItem.OBJECTIVES);
        }
        if (isBlank(responsibility)) {
            missing.add(PlanItem.RESPONSIBILITY);
        }
        if (isBlank(measures)) {
            missing.add(PlanItem.MEASURES);
        }
        if (fundsYuan == null || fundsYuan.signum() <= 0) {
            missing.add(PlanItem.FUNDS);
        }
        if (deadline == null) {
            missing.add(PlanItem.DEADLINE);
        }
        if (isBlank(contingencyPlan)) {
            missing.add(PlanItem.CONTINGENCY_PLAN);
        }
        return missing;
    }

    public boolean isComplete() {
        return missingItems().isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
