/**
 * 避灾安置 — the shelter registry (levels, kinds, capacity from usable area), the standardisation checklist
 * (规范化建设) and its rate per township, opening and closing, check-in and check-out of evacuees, occupancy and
 * the needs that become supply demands; evacuation plans from a warning's affected villages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "shelter 避灾安置",
        allowedDependencies = {"geo", "county", "platform", "audit", "warning", "supply"})
package org.anlan.shelter;
