package org.anlan.county;

/** 街道 (subdistrict), 镇 (town) or 乡 (township), the three kinds of township-level division. */
public enum TownshipKind {
    SUBDISTRICT("街道"),
    TOWN("镇"),
    TOWNSHIP("乡");

    private final String chinese;

    TownshipKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
