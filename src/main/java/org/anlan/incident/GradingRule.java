package org.anlan.incident;

/** Which severity table grades an incident type; see {@link SeverityGrader}. */
public enum GradingRule {
    /** AC-01: 生产安全事故报告和调查处理条例 (国务院令第493号) Art. 3 — deaths, seriously injured, direct loss. */
    PRODUCTION_SAFETY_AC01,
    /** AC-02: 森林防火条例 (2008) Art. 40 — burned forest area, deaths, seriously injured. */
    FOREST_FIRE_AC02,
    /**
     * Anlan's provisional (暂行) rule for types without a verified table of their own: the AC-01 person
     * thresholds applied to dead plus missing and to seriously injured, and no loss criterion.
     */
    GENERAL_CASUALTIES
}
