package org.anlan.enterprise;

/** 安全生产标准化 grade of an enterprise; 一级 is the highest, {@link #NONE} means not graded (未达标/未评审). */
public enum StandardisationLevel {
    LEVEL_1("一级", 1),
    LEVEL_2("二级", 2),
    LEVEL_3("三级", 3),
    NONE("未达标", Integer.MAX_VALUE);

    private final String label;
    private final int rank;

    StandardisationLevel(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    /** Whether this grade meets the required one (一级 meets 二级 and 三级). */
    public boolean meets(StandardisationLevel required) {
        return rank <= required.rank;
    }
}
