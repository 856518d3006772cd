/** 监测预警 — stations, observations (HTTP, MQTT, files), rolling rainfall windows and threshold rules. */
@org.springframework.modulith.ApplicationModule(displayName = "monitoring 监测", allowedDependencies = {"geo", "county", "platform", "audit"})
package org.anlan.monitoring;
