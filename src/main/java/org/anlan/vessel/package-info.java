/**
 * 渔船精密智控 — fishing vessels: AIS position ingestion, collision risk (CPA/TCPA), fences and recall.
 */
@org.springframework.modulith.ApplicationModule(displayName = "vessel 渔船精密智控",
        allowedDependencies = {"geo", "county", "platform", "audit", "incident"})
package org.anlan.vessel;
