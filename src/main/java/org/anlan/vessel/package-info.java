/**
 * 渔船精密智控 — fishing vessels: AIS position ingestion, collision risk (CPA/TCPA), fences and recall (by order, or
 * from a typhoon track's wind circles through {@code typhoon}'s {@code TyphoonTracks}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "vessel 渔船精密智控",
        allowedDependencies = {"geo", "county", "platform", "audit", "incident", "typhoon", "warning"})
package org.anlan.vessel;
