package org.anlan.risk;

/** Where a hazard stands against its deadline at a given moment. */
public enum DeadlineState {
    NO_DEADLINE("未设期限"),
    ON_TIME("正常"),
    REMINDER_DUE("临期提醒"),
    OVERDUE("已逾期"),
    CLOSED("已销号");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
