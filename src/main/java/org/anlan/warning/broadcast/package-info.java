/**
 * The emergency-broadcast (应急广播) protocol of Anlan, "EBP/1": newline-delimited JSON over TCP. The platform
 * sends {@code {"type":"play","ref":N,"terminal":"…","text":"…","level":"ORANGE"}}; the broadcast system answers
 * {@code {"type":"accepted","ref":N,"id":"…"}} (or {@code "refused"} with a reason), later reports
 * {@code {"type":"report","id":"…","status":"PLAYED"|"FAILED"}} once the terminal has played the message, and
 * resends a report until the platform answers {@code {"type":"report-ack","id":"…"}}. Lines are at most 16 KiB.
 */
@org.springframework.modulith.NamedInterface("broadcast")
package org.anlan.warning.broadcast;
