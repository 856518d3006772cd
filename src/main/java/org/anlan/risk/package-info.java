/**
 * 双重预防 — dual prevention: risk grading (LEC, LS matrix), the four-colour map, major hazard sources
 * (GB 18218-2018) and the hidden-hazard closed loop.
 */
@org.springframework.modulith.ApplicationModule(displayName = "risk 双重预防",
        allowedDependencies = {"geo", "county", "platform", "audit", "enterprise"})
package org.anlan.risk;
