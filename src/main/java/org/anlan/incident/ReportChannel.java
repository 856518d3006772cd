package org.anlan.incident;

/** How a report goes up: by phone, or in writing. A written report also counts as the phone report. */
public enum ReportChannel {
    PHONE,
    WRITTEN
}
