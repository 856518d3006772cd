/** 预警发布 — warning lifecycle with approval, CAP 1.2 / GB/T 35965, dissemination with receipts, lead time. */
@org.springframework.modulith.ApplicationModule(displayName = "warning 预警发布", allowedDependencies = {"geo", "county", "platform", "audit", "identity", "monitoring", "incident"})
package org.anlan.warning;
