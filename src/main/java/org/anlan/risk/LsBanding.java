package org.anlan.risk;

/**
 * How R = L × S is banded into the four levels (RG-LS-02): each threshold is the lowest R of its level,
 * everything below {@code generalFrom} is 低. Several variants circulate (§1.3); the variant name is
 * recorded with every assessment.
 */
public record LsBanding(String variant, String source, int majorFrom, int largeFrom, int generalFrom) {

    public LsBanding {
        if (variant == null || variant.isBlank() || !(1 < generalFrom && generalFrom < largeFrom
                && largeFrom < majorFrom && majorFrom <= 25)) {
            throw new RiskRuleException(RiskError.LS_BANDING_INVALID,
                    variant + " " + majorFrom + "/" + largeFrom + "/" + generalFrom);
        }
    }

    /** Variant A, the default: 20–25 重大, 15–16 较大, 9–12 一般, 1–8 低 (DB37 family, not verified). */
    public static LsBanding variantA() {
        return new LsBanding("A", "双重预防指南 (DB37 系列)", 20, 15, 9);
    }

    /** Variant B: 20–25 重大, 9–16 较大, 4–8 一般, 1–3 低 (coal-mine risk document). */
    public static LsBanding variantB() {
        return new LsBanding("B", "煤矿风险分级文件", 20, 9, 4);
    }

    /** Variant C: 20–25 重大, 10–16 较大, 4–9 一般, 1–3 低 (paper citing the 国家安监总局 four-colour rule). */
    public static LsBanding variantC() {
        return new LsBanding("C", "国家安监总局四色分级", 20, 10, 4);
    }

    public RiskLevel levelOf(int r) {
        if (r >= majorFrom) {
            return RiskLevel.MAJOR;
        }
        if (r >= largeFrom) {
            return RiskLevel.LARGE;
        }
        return r >= generalFrom ? RiskLevel.GENERAL : RiskLevel.LOW;
    }
}
