package org.anlan.risk;

import java.time.Instant;
import java.util.Objects;

/** 挂牌督办 of a 重大事故隐患 (HZ-WF-04): level, supervising and responsible units, deadline, document number. */
public record Supervision(SupervisionLevel level, String supervisingUnit, String responsibleUnit, Instant deadline,
        String documentNumber) {

    public Supervision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(supervisingUnit, "supervisingUnit");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(documentNumber, "documentNumber");
    }
}
