/**
 * 救援力量 — rescue teams with their capabilities, bases, headcount and standby status; experts; key equipment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "resource 救援力量",
        allowedDependencies = {"geo", "county", "platform", "audit"})
package org.anlan.resource;
