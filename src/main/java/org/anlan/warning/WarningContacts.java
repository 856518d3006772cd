package org.anlan.warning;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster of officials called for 叫应 (call-and-response): who is called first in each township, who next, and
 * the county's duty leader last. County duty officers, commanders and administrators keep the whole roster; a
 * township officer keeps their own township's. Phone numbers are personal data, so only those who keep the roster
 * read it. Every change is audited; an official who leaves is retired (kept for past callouts), not deleted.
 */
@Service
public class WarningContacts {

    static final Role[] KEEPERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER, Role.TOWNSHIP_OFFICER};
    static final int MAX_RANK = 5;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:]+");
    private static final Pattern PUSH_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    /** What a keeper types: a blank township means the county level; a blank e-mail or push token means none. */
    public record OfficialDraft(String name, String position, String phone, String email, String pushToken,
                                String townshipCode, Integer rank) {
    }

    private final OfficialRoster roster;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;

    WarningContacts(OfficialRoster roster, CountyGeography county, AuditTrail audit, Clock clock) {
        this.roster = roster;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active officials a keeper may see: a township officer's own township, otherwise the one asked for or all. */
    @Transactional(readOnly = true)
    public List<WarningOfficial> roster(String townshipCode) {
        CurrentActor.requireRole(KEEPERS);
        Actor actor = CurrentActor.require();
        String township = actor.townshipScoped() ? actor.townshipCode() : WarningPolicy.blankToNull(townshipCode);
        if (township != null && !county.exists(township)) {
            throw ApiException.badRequest("TOWNSHIP_UNKNOWN", "error.township.unknown", township);
        }
        return roster.active(township);
    }

    @Transactional
    public WarningOfficial add(OfficialDraft draft) {
        WarningOfficial official = checked(UUID.randomUUID(), draft);
        requireKeeperOf(official.townshipCode());
        requireUniqueName(official);
        roster.insert(official, clock.instant());
        audited("WARNING_OFFICIAL_ADD", null, official);
        return official;
    }

    @Transactional
    public WarningOfficial update(UUID id, OfficialDraft draft) {
        WarningOfficial before = activeOfficial(id);
        WarningOfficial after = checked(id, draft);
        requireKeeperOf(after.townshipCode());
        requireUniqueName(after);
        roster.update(after, clock.instant());
        audited("WARNING_OFFICIAL_UPDATE", before, after);
        return after;
    }

    @Transactional
    public void retire(UUID id) {
        WarningOfficial before = activeOfficial(id);
        WarningOfficial after = new WarningOfficial(before.id(), before.name(), before.position(), before.phone(),
                before.email(), before.pushToken(), before.townshipCode(), before.rank(), false);
        roster.update(after, clock.instant());
        audited("WARNING_OFFICIAL_RETIRE", before, after);
    }

    private WarningOfficial activeOfficial(UUID id) {
        CurrentActor.requireRole(KEEPERS);
        WarningOfficial official = roster.find(id)
                .orElseThrow(() -> ApiException.notFound("WARNING_OFFICIAL_NOT_FOUND", "error.warning.officialNotFound", id));
        requireKeeperOf(official.townshipCode());
        if (!official.active()) {
            throw ApiException.notFound("WARNING_OFFICIAL_NOT_FOUND", "error.warning.officialNotFound", id);
        }
        return official;
    }

    /** County-level officials are kept at the county; a township officer keeps only their own township's. */
    private static void requireKeeperOf(String townshipCode) {
        CurrentActor.requireRole(KEEPERS);
        Actor actor = CurrentActor.require();
        if (actor.townshipScoped() && (townshipCode == null || !actor.mayAccessTownship(townshipCode))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.scope.township",
                    townshipCode == null ? "县级" : townshipCode);
        }
    }

    private void requireUniqueName(WarningOfficial official) {
        if (roster.nameTaken(official.townshipCode(), official.rank(), official.name(), official.id())) {
            throw ApiException.conflict("WARNING_OFFICIAL_DUPLICATE", "error.warning.officialDuplicate", official.name());
        }
    }

    private WarningOfficial checked(UUID id, OfficialDraft draft) {
        if (draft == null) {
            throw invalid("error.warning.officialField.name");
        }
        String name = required(draft.name(), 40, "error.warning.officialField.name");
        String position = required(draft.position(), 40, "error.warning.officialField.position");
        String phone = required(draft.phone(), 20, "error.warning.officialField.phone");
        if (!PHONE.matcher(phone).matches()) {
            throw invalid("error.warning.officialField.phone");
        }
        String email = WarningPolicy.blankToNull(draft.email() == null ? null : draft.email().strip());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw invalid("error.warning.officialField.email");
        }
        String token = WarningPolicy.blankToNull(draft.pushToken() == null ? null : draft.pushToken().strip());
        if (token != null && !PUSH_TOKEN.matcher(token).matches()) {
            throw invalid("error.warning.officialField.pushToken");
        }
        String township = WarningPolicy.blankToNull(draft.townshipCode() == null ? null : draft.townshipCode().strip());
        if (township != null && !county.exists(township)) {
            throw ApiException.badRequest("TOWNSHIP_UNKNOWN", "error.township.unknown", township);
        }
        if (draft.rank() == null || draft.rank() < 1 || draft.rank() > MAX_RANK) {
            throw ApiException.badRequest("WARNING_OFFICIAL_RANK_INVALID", "error.warning.officialRank", MAX_RANK);
        }
        return new WarningOfficial(id, name, position, phone, email, token, township, draft.rank(), true);
    }

    private static String required(String value, int maxLength, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw invalid(messageKey);
        }
        return stripped;
    }

    private static ApiException invalid(String messageKey) {
        return ApiException.badRequest("WARNING_OFFICIAL_FIELD_INVALID", messageKey);
    }

    private void audited(String action, WarningOfficial before, WarningOfficial after) {
        audit.record(AuditRecord.of(action, "WarningOfficial", after.id().toString()).inTownship(after.townshipCode())
                .changing(before == null ? null : brief(before), brief(after)));
    }

    private static Map<String, Object> brief(WarningOfficial o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("position", o.position());
        m.put("phone", o.phone());
        m.put("email", o.email());
        m.put("township", o.townshipCode());
        m.put("rank", o.rank());
        m.put("active", o.active());
        return m;
    }
}
