/**
 * 用户与权限 — users, organisations, roles, township scope, login (form and bearer token) with lockout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "identity 用户与权限",
        allowedDependencies = {"platform", "audit", "county"})
package org.anlan.identity;
