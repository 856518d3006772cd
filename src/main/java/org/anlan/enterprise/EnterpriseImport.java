package org.anlan.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel import of the enterprise register: every row is checked first (fields, credit code, township and scope,
 * duplicates in the file and in the register); one bad row rejects the whole file with every row's errors, and
 * nothing is saved. A clean file is saved in one transaction, each enterprise audited.
 */
@Service
class EnterpriseImport {

    record RowError(int row, String code, String messageKey, Object[] arguments) {
    }

    /** The file was refused: no row was saved. */
    static final class Rejected extends RuntimeException {
        private final transient List<RowError> errors;

        Rejected(List<RowError> errors) {
            super(errors.size() + " rows refused");
            this.errors = List.copyOf(errors);
        }

        List<RowError> errors() {
            return errors;
        }
    }

    private final Enterprises enterprises;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;

    EnterpriseImport(Enterprises enterprises, CountyGeography county, AuditTrail audit, Clock clock) {
        this.enterprises = enterprises;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    int importRows(List<EnterpriseWorkbook.ImportRow> rows) {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(EnterpriseRegister.REGISTRARS);
        List<RowError> errors = new ArrayList<>();
        List<Enterprise> accepted = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (rows.isEmpty()) {
            throw ApiException.badRequest("ENTERPRISE_IMPORT_EMPTY", "error.enterprise.import.empty");
        }
        for (EnterpriseWorkbook.ImportRow row : rows) {
            try {
                EnterprisePolicy.Checked c = EnterprisePolicy.check(row.draft());
                Optional<Township> township = county.township(c.townshipCode());
                if (township.isEmpty()) {
                    throw ApiException.badRequest("ENTERPRISE_TOWNSHIP_UNKNOWN", "error.enterprise.township",
                            c.townshipCode());
                }
                if (!actor.mayAccessTownship(township.get().code())) {
                    throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.scope.township",
                            township.get().code());
                }
                if (!names.add(c.name()) || !codes.add(c.creditCode().value())
                        || enterprises.clash(c.name(), c.creditCode().value(), null).isPresent()) {
                    throw ApiException.conflict("ENTERPRISE_DUPLICATE", "error.enterprise.duplicate", c.name());
                }
                GeoPoint location = c.location() != null ? c.location() : township.get().seat();
                accepted.add(new Enterprise(EnterpriseId.random(), c.name(), c.creditCode(), c.industry(),
                        township.get().code(), c.address(), location, c.aboveScale(), c.standardisation(),
                        c.liabilityInsured(), c.safetyOfficers(), false, now, now));
            } catch (ApiException refused) {
                errors.add(new RowError(row.rowNumber(), refused.code(), refused.messageKey(), refused.arguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        for (Enterprise e : accepted) {
            enterprises.insertIfAbsent(e);
            audit.record(AuditRecord.of("ENTERPRISE_IMPORT", "Enterprise", e.id().value().toString())
                    .inTownship(e.townshipCode()).changing(null, EnterpriseRegister.summary(e)));
        }
        return accepted.size();
    }
}
