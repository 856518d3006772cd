package org.anlan.warning;

/** draft → in review → issued (updated as new versions) → cancelled or expired. */
public enum WarningStatus {
    DRAFT, IN_REVIEW, ISSUED, CANCELLED, EXPIRED;

    public boolean open() {
        return this == DRAFT || this == IN_REVIEW;
    }

    public boolean active() {
        return this == ISSUED;
    }
}
