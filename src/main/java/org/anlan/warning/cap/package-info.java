/**
 * CAP (OASIS Common Alerting Protocol 1.1 / 1.2) with the GB/T 35965.1-2018 profile: a hardened reader, a
 * structural validator written from the OASIS schemas (no schema file is shipped), the writer, and the mapping of
 * the Chinese fields (eventType codes, colour severity, senderCode and identifier rule, Beijing time).
 */
@org.springframework.modulith.NamedInterface("cap")
package org.anlan.warning.cap;
