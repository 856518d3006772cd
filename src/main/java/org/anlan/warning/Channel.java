package org.anlan.warning;

/** Dissemination channels with delivery receipts. The public Atom/CAP feed is pulled and has none. */
public enum Channel {
    SMS, BROADCAST, APP_PUSH, EMAIL
}
