package org.anlan.cli;

import java.io.PrintStream;
import java.util.List;
import org.anlan.audit.AuditTrail;
import org.anlan.audit.ChainVerification;
import org.springframework.stereotype.Component;

/** {@code audit verify}: exit 0 when the chain is intact, 1 naming the first broken entry otherwise. */
@Component
class AuditVerifyCommand implements OperatorCommand {

    private final AuditTrail trail;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.AUDIT_VERIFY;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            err.println("usage: " + spec().usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        ChainVerification result = trail.verify();
        if (result.intact()) {
            out.printf("Audit chain intact: %d entries verified.%n", result.entriesChecked());
            return 0;
        }
        out.printf("Audit chain BROKEN at entry %d: %s (%d entries before it verified).%n",
                result.firstBrokenSeq(), result.reason(), result.entriesChecked());
        return 1;
    }
}
