package org.anlan.risk;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values one LEC factor may take, each with its description (RG-LEC-01). A value outside the table is
 * refused, never rounded to the nearest entry. Tables are configuration: C has a seven-level variant.
 */
public record LecFactorTable(LecFactor factor, Map<BigDecimal, String> values) {

    public LecFactorTable {
        Map<BigDecimal, String> normalised = new LinkedHashMap<>();
        values.forEach((value, label) -> normalised.put(value.stripTrailingZeros(), label));
        values = Collections.unmodifiableMap(normalised);
    }

    /** The table value equal to {@code value}, whatever its scale (6, 6.0 and 6.00 are one value). */
    public BigDecimal require(BigDecimal value) {
        if (value == null || !values.containsKey(value.stripTrailingZeros())) {
            throw new RiskRuleException(RiskError.LEC_FACTOR_NOT_IN_TABLE,
                    factor.label() + " = " + (value == null ? "空" : value.toPlainString())
                            + "，允许取值 " + values.keySet().stream().map(BigDecimal::toPlainString).toList());
        }
        return value.stripTrailingZeros();
    }

    public String describe(BigDecimal value) {
        return values.get(require(value));
    }

    /** RG-LEC-01: L, Graham–Kinney standard table. */
    public static LecFactorTable standardLikelihood() {
        return table(LecFactor.LIKELIHOOD,
                "10", "完全可以预料", "6", "相当可能", "3", "可能，但不经常", "1", "可能性小，完全意外",
                "0.5", "很不可能，可以设想", "0.2", "极不可能", "0.1", "实际不可能");
    }

    /** RG-LEC-01: E, Graham–Kinney standard table. */
    public static LecFactorTable standardExposure() {
        return table(LecFactor.EXPOSURE,
                "10", "连续暴露", "6", "每天工作时间内暴露", "3", "每周一次或偶然暴露", "2", "每月一次暴露",
                "1", "每年几次暴露", "0.5", "非常罕见地暴露");
    }

    /** RG-LEC-01: C, the six-level default table. */
    public static LecFactorTable standardConsequence() {
        return table(LecFactor.CONSEQUENCE,
                "100", "大灾难，许多人死亡", "40", "灾难，数人死亡", "15", "非常严重，一人死亡", "7", "严重，重伤",
                "3", "重大，致残", "1", "引人注目，需要救护");
    }

    private static LecFactorTable table(LecFactor factor, String... valueLabelPairs) {
        Map<BigDecimal, String> values = new LinkedHashMap<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            values.put(new BigDecimal(valueLabelPairs[i]), valueLabelPairs[i + 1]);
        }
        return new LecFactorTable(factor, values);
    }
}
