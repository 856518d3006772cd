package org.anlan.risk;

import java.time.Instant;
import java.util.UUID;

/** 书面说明 the responsible unit owes the supervising body when a 挂牌督办 item is overdue or fails 验收 (HZ-WF-02). */
public record WrittenExplanation(UUID author, Instant at, String text) {
}
