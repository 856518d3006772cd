/** 信息报送 — incident intake, severity grading, merging, upward reports and their deadlines. */
@org.springframework.modulith.ApplicationModule(displayName = "incident 信息报送", allowedDependencies = {"geo", "county", "platform", "audit", "duty"})
package org.anlan.incident;
