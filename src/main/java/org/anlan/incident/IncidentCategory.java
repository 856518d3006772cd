package org.anlan.incident;

/** The four top classes of GB/T 35561-2017 (突发事件分类与编码). */
public enum IncidentCategory {
    NATURAL_DISASTER("自然灾害"),
    ACCIDENT("事故灾难"),
    PUBLIC_HEALTH("公共卫生事件"),
    SOCIAL_SECURITY("社会安全事件");

    private final String chinese;

    IncidentCategory(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
