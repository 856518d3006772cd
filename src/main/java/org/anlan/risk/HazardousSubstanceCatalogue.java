package org.anlan.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Substances with their critical quantities and β: the documented subset of GB 18218-2018 Table 1 in
 * domain-rules §3.3 (MH-04, MH-07). Substances whose β depends on a GHS category not yet confirmed
 * (苯, 硝酸铵) are left out until the client confirms the category; add them with {@link #with}.
 */
public final class HazardousSubstanceCatalogue {

    private final List<HazardousSubstance> substances;

    public HazardousSubstanceCatalogue(List<HazardousSubstance> substances) {
        this.substances = List.copyOf(substances);
    }

    public static HazardousSubstanceCatalogue standard() {
        return new HazardousSubstanceCatalogue(List.of(
                toxic("氨", "7664-41-7", "10", "2", "液氨"),
                toxic("氯", "7782-50-5", "5", "4", "液氯"),
                toxic("硫化氢", "7783-06-4", "5", "5"),
                toxic("氟化氢", "7664-39-3", "1", "5"),
                toxic("氰化氢", "74-90-8", "1", "10"),
                toxic("二氧化硫", "7446-09-5", "20", "2"),
                toxic("环氧乙烷", "75-21-8", "10", "2"),
                toxic("氯化氢（无水）", "7647-01-0", "20", "3", "氯化氢", "无水氯化氢"),
                toxic("溴甲烷", "74-83-9", "10", "3"),
                toxic("碳酰氯", "75-44-5", "0.3", "20", "光气"),
                toxic("磷化氢", "7803-51-2", "1", "20"),
                toxic("异氰酸甲酯", "624-83-9", "0.75", "20"),
                new HazardousSubstance("煤气", List.of("一氧化碳", "CO 及其与 H₂、CH₄ 的混合物"), "", decimal("20"),
                        decimal("2"), "表3 毒性气体（一氧化碳）"),
                flammableGas("液化石油气", "", "50", "LPG", "丙烷", "丁烷"),
                flammableGas("甲烷", "74-82-8", "50", "天然气"),
                flammableGas("氢", "1333-74-0", "5", "氢气"),
                flammableGas("乙炔", "74-86-2", "1"),
                flammableGas("乙烯", "74-85-1", "50"),
                category("汽油", "86290-81-5", "200", "1", "W5.3 易燃液体类别2", "乙醇汽油", "甲醇汽油"),
                category("甲醇", "67-56-1", "500", "1", "W5.3 易燃液体类别2"),
                category("乙醇", "64-17-5", "500", "1", "W5.3 易燃液体类别2"),
                category("甲苯", "108-88-3", "500", "1", "W5.3 易燃液体类别2"),
                category("丙酮", "67-64-1", "500", "1", "W5.3 易燃液体类别2"),
                category("乙醚", "60-29-7", "10", "1.5", "W5.1 易燃液体类别1"),
                category("氧", "7782-44-7", "200", "1", "W4 氧化性气体", "氧气", "液氧")));
    }

    /** A catalogue with one more (or a replaced) substance, e.g. an entry the county adds from Table 1 or 2. */
    public HazardousSubstanceCatalogue with(HazardousSubstance substance) {
        List<HazardousSubstance> extended = new ArrayList<>(substances);
        extended.removeIf(existing -> existing.name().equals(substance.name()));
        extended.add(substance);
        return new HazardousSubstanceCatalogue(extended);
    }

    /** By name, alias or CAS number; full-width and half-width brackets and surrounding blanks are ignored. */
    public Optional<HazardousSubstance> find(String nameOrCas) {
        if (nameOrCas == null) {
            return Optional.empty();
        }
        String wanted = normalise(nameOrCas);
        return substances.stream().filter(s -> s.isCalled(wanted)).findFirst();
    }

    public HazardousSubstance require(String nameOrCas) {
        return find(nameOrCas).orElseThrow(() -> new RiskRuleException(RiskError.UNKNOWN_SUBSTANCE, nameOrCas));
    }

    public List<HazardousSubstance> substances() {
        return substances;
    }

    static String normalise(String name) {
        return name.strip().replace('(', '（').replace(')', '）').toUpperCase(Locale.ROOT);
    }

    private static HazardousSubstance toxic(String name, String cas, String q, String beta, String... aliases) {
        return new HazardousSubstance(name, List.of(aliases), cas, decimal(q), decimal(beta), "表3 毒性气体");
    }

    private static HazardousSubstance flammableGas(String name, String cas, String q, String... aliases) {
        return new HazardousSubstance(name, List.of(aliases), cas, decimal(q), decimal("1.5"), "W2 易燃气体");
    }

    private static HazardousSubstance category(String name, String cas, String q, String beta, String basis,
            String... aliases) {
        return new HazardousSubstance(name, List.of(aliases), cas, decimal(q), decimal(beta), basis);
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
