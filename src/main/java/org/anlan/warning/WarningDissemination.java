package org.anlan.warning;

/** Placeholder seam, replaced below. */
interface WarningDissemination {
    void plan(Warning warning);
}
