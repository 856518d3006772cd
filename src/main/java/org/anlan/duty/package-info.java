/**
 * 值班值守 — the county duty desk: rosters of day and night shifts, handovers between shifts, and the
 * append-only duty log of calls and actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "duty 值班值守",
        allowedDependencies = {"platform", "audit", "identity"})
package org.anlan.duty;
