package org.anlan.incident;

/** 首报 / 续报 / 终报. */
public enum ReportKind {
    INITIAL,
    FOLLOW_UP,
    FINAL
}
