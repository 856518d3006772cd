/**
 * 企业 — enterprises: unified social credit codes, industries, safety-standardisation levels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "enterprise 企业",
        allowedDependencies = {"geo", "county", "platform", "audit"})
package org.anlan.enterprise;
