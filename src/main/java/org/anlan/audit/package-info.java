/**
 * 审计 — the append-only, hash-chained audit trail of every state-changing action, and its verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit 审计", allowedDependencies = "platform")
package org.anlan.audit;
