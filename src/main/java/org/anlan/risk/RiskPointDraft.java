package org.anlan.risk;

import java.math.BigDecimal;

/**
 * What a caller gives to record or re-assess a risk point: method {@code LEC} with l, e, c from the standard
 * tables, or {@code LS} with l and s from 1 to 5. A missing control level follows the level (RG-LV-03).
 */
public record RiskPointDraft(String name, String place, String activity, String hazardKind, String method,
                             BigDecimal l, BigDecimal e, BigDecimal c, BigDecimal s, String controlMeasures,
                             String responsiblePerson, String controlLevel, Integer reviewDays) {
}
