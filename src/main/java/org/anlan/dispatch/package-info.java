/**
 * 指挥调度 — recommending rescue forces for an incident by capability and travel time, the "135" and
 * 15-minute verdicts, dispatch orders and their timeline, and the live board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "dispatch 指挥调度",
        allowedDependencies = {"geo", "county", "platform", "audit", "incident", "resource", "duty"})
package org.anlan.dispatch;
