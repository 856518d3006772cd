package org.anlan.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades an incident by its type's {@link GradingRule}. Every rule takes the highest level reached by any one
 * criterion, and the reasons name each criterion that reached that level.
 *
 * <ul>
 *   <li>AC-01 (493号令 Art. 3, 「以上」 includes and 「以下」 excludes the number): ≥30 deaths, ≥100 seriously
 *       injured (incl. acute industrial poisoning) or ≥1亿元 → I; 10–29, 50–99, 5000万–1亿元 → II; 3–9, 10–49,
 *       1000万–5000万元 → III; else IV.</li>
 *   <li>AC-02 (森林防火条例 Art. 40): burned area ≥1000 ha → I, 100–1000 → II, 1–100 → III, &lt;1 → IV (lower
 *       bound included); deaths and seriously injured as AC-01. An unknown area counts as 0 ha; the reasons say
 *       so, and when another criterion set the level they add that the level may rise once the area is known.</li>
 *   <li>GENERAL_CASUALTIES (暂行, Anlan's own): the AC-01 person thresholds on dead plus missing and on
 *       seriously injured; no loss criterion.</li>
 * </ul>
 */
public final class SeverityGrader {

    static final Criterion DEATHS = Criterion.persons("死亡", 3, 10, 30);
    static final Criterion DEAD_OR_MISSING = Criterion.persons("死亡及失踪", 3, 10, 30);
    static final Criterion SERIOUSLY_INJURED = Criterion.persons("重伤", 10, 50, 100);
    static final Criterion SERIOUSLY_INJURED_INCL_POISONING = Criterion.persons("重伤（含急性工业中毒）", 10, 50, 100);
    static final Criterion DIRECT_LOSS = new Criterion("直接经济损失",
            BigDecimal.valueOf(10_000_000), BigDecimal.valueOf(50_000_000), BigDecimal.valueOf(100_000_000),
            List.of("1亿元以上", "5000万元以上、不满1亿元", "1000万元以上、不满5000万元", "不满1000万元"),
            value -> groupedDigits(value.longValueExact()) + "元");
    static final Criterion BURNED_AREA = new Criterion("受害森林面积",
            BigDecimal.ONE, BigDecimal.valueOf(100), BigDecimal.valueOf(1000),
            List.of("1000公顷以上", "100公顷以上、不满1000公顷", "1公顷以上、不满100公顷", "不满1公顷"),
            value -> value.stripTrailingZeros().toPlainString() + "公顷");

    private static final String PROVISIONAL = "，暂行规则";
    static final String AREA_NOT_KNOWN = "尚未核实，暂按0公顷计";
    static final String AREA_NOT_KNOWN_CAVEAT = "受害森林面积" + AREA_NOT_KNOWN + "，核实后等级可能提高";

    private SeverityGrader() {
    }

    public static Grading grade(IncidentFacts facts) {
        GradingRule rule = facts.type().gradingRule();
        Casualties c = facts.casualties();
        List<Criterion.Assessment> assessments = switch (rule) {
            case PRODUCTION_SAFETY_AC01 -> List.of(
                    DEATHS.assess(c.dead()),
                    SERIOUSLY_INJURED_INCL_POISONING.assess(c.seriouslyInjured()),
                    DIRECT_LOSS.assess(facts.directLossYuan()));
            case FOREST_FIRE_AC02 -> List.of(
                    burnedArea(facts.burnedForestHectares()),
                    DEATHS.assess(c.dead()),
                    SERIOUSLY_INJURED.assess(c.seriouslyInjured()));
            case GENERAL_CASUALTIES -> List.of(
                    provisional(DEAD_OR_MISSING, c.deadOrMissing()),
                    provisional(SERIOUSLY_INJURED, c.seriouslyInjured()));
        };
        Grading grading = decide(rule, assessments);
        if (rule == GradingRule.FOREST_FIRE_AC02 && facts.burnedForestHectares() == null
                && grading.severity() != Severity.IV) {
            List<String> reasons = new ArrayList<>(grading.reasons());
            reasons.add(AREA_NOT_KNOWN_CAVEAT);
            return new Grading(grading.severity(), rule, reasons);
        }
        return grading;
    }

    private static Criterion.Assessment burnedArea(Double hectares) {
        if (hectares == null) {
            Severity severity = BURNED_AREA.assess(BigDecimal.ZERO).severity();
            return new Criterion.Assessment(severity, () -> BURNED_AREA.reason(AREA_NOT_KNOWN, severity, ""));
        }
        return BURNED_AREA.assess(BigDecimal.valueOf(hectares));
    }

    private static Criterion.Assessment provisional(Criterion criterion, int count) {
        Severity severity = criterion.assess(count).severity();
        return new Criterion.Assessment(severity, () -> criterion.reason(count + "人", severity, PROVISIONAL));
    }

    private static Grading decide(GradingRule rule, List<Criterion.Assessment> assessments) {
        Severity highest = Severity.IV;
        for (Criterion.Assessment a : assessments) {
            highest = Severity.higher(highest, a.severity());
        }
        List<String> reasons = new ArrayList<>();
        for (Criterion.Assessment a : assessments) {
            if (a.severity() == highest) {
                reasons.add(a.reason());
            }
        }
        return new Grading(highest, rule, reasons);
    }

    /** "12,345,678" — as {@code %,d} writes it, without the cost of a Formatter on the intake path. */
    static String groupedDigits(long value) {
        String digits = value < 0 ? Long.toString(value).substring(1) : Long.toString(value);
        var text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            text.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }
}
