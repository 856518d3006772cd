package org.anlan.risk;

/** The three LEC factors (作业条件危险性分析法). */
public enum LecFactor {
    LIKELIHOOD("L 事故发生的可能性"),
    EXPOSURE("E 暴露于危险环境的频繁程度"),
    CONSEQUENCE("C 发生事故产生的后果");

    private final String label;

    LecFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
