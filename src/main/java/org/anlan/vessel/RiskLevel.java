package org.anlan.vessel;

/** Collision-risk tiers, lowest first (domain-rules CR-04). */
public enum RiskLevel {
    NONE, ATTENTION, WARNING, ALARM
}
