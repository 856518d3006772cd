/**
 * 命令行 — the operator commands of the jar ({@code java -jar anlan.jar <command>}). May read every
 * module's public API; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "cli 命令行")
package org.anlan.cli;
