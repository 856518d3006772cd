package org.anlan.vessel;

/** 渔港 (a port with berths) or 避风锚地 (a typhoon anchorage). Both shelter boats during a recall. */
public enum HarbourKind {
    PORT, ANCHORAGE
}
