/**
 * 行政区划 — the county, its townships/streets and villages, the five rescue circles, and the
 * point-to-township lookup over imported boundaries (or approximate cells until they are imported).
 */
@org.springframework.modulith.ApplicationModule(displayName = "county 行政区划",
        allowedDependencies = {"geo", "platform", "audit"})
package org.anlan.county;
