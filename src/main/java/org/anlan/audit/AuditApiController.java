package org.anlan.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors and administrators. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
@Tag(name = "audit", description = "审计日志 Audit trail")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/entries")
    @Operation(summary = "Entries, newest first, filtered by time, actor, entity type, action and township")
    List<AuditEntry> entries(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String entityType,
                             @RequestParam(required = false) String action,
                             @RequestParam(required = false) String township,
                             @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return trail.find(new AuditQuery(from, to, actor, entityType, action, township, limit, offset));
    }

    @GetMapping("/verify")
    @Operation(summary = "Check the whole hash chain")
    ChainVerification verify() {
        return trail.verify();
    }
}
