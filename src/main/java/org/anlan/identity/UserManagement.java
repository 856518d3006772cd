package org.anlan.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: creating, listing and unlocking users, and organisations. */
@Service
public class UserManagement {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final PasswordEncoder passwords;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserManagement(Users users, PasswordEncoder passwords, CountyGeography county, AuditTrail audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedUser create(NewUser request) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw ApiException.badRequest("USER_NAME_INVALID", "error.user.nameInvalid");
        }
        if (request.role() == null) {
            throw ApiException.badRequest("USER_ROLE_INVALID", "error.user.roleInvalid");
        }
        if (users.byUsername(username).isPresent()) {
            throw ApiException.conflict("USER_EXISTS", "error.user.exists", username);
        }
        String township = request.townshipCode() == null || request.townshipCode().isBlank() ? null : request.townshipCode().trim();
        if (request.role().townshipBound() && township == null) {
            throw ApiException.badRequest("USER_TOWNSHIP_REQUIRED", "error.user.townshipRequired");
        }
        if (township != null && !county.exists(township)) {
            throw ApiException.badRequest("TOWNSHIP_UNKNOWN", "error.township.unknown", township);
        }
        if (request.organisationId() != null && users.organisation(request.organisationId()).isEmpty()) {
            throw ApiException.badRequest("ORGANISATION_UNKNOWN", "error.organisation.unknown");
        }
        String generated = null;
        String password = request.password();
        if (password == null) {
            generated = generatePassword();
            password = generated;
        } else if (password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            throw ApiException.badRequest("USER_PASSWORD_WEAK", "error.user.passwordWeak", MIN_PASSWORD_LENGTH);
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? username : request.displayName().trim();
        var account = new UserAccount(UUID.randomUUID(), username, displayName, passwords.encode(password), request.role(),
                request.organisationId(), township, true, 0, null);
        users.insert(account, Instant.now(clock));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("role", request.role().name());
        after.put("township", township);
        audit.record(AuditRecord.of("USER_CREATE", "User", username).inTownship(township).changing(null, after));
        return new CreatedUser(summary(account), generated);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.all().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(String username) {
        return users.byUsername(username).map(this::summary);
    }

    @Transactional
    public UserSummary unlock(String username) {
        UserAccount account = users.byUsername(username)
                .orElseThrow(() -> ApiException.notFound("USER_UNKNOWN", "error.user.unknown", username));
        users.clearFailures(account.id());
        audit.record(AuditRecord.of("USER_UNLOCK", "User", username)
                .changing(Map.of("failedAttempts", account.failedAttempts()), Map.of("failedAttempts", 0)));
        return summary(users.byUsername(username).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return users.organisations();
    }

    @Transactional
    public Organisation ensureOrganisation(String name, OrganisationKind kind, String townshipCode) {
        return users.organisationByName(name).orElseGet(() -> {
            var organisation = new Organisation(UUID.randomUUID(), name, kind, townshipCode);
            users.insertOrganisation(organisation, Instant.now(clock));
            audit.record(AuditRecord.of("ORGANISATION_CREATE", "Organisation", organisation.id().toString())
                    .inTownship(townshipCode).changing(null, Map.of("name", name, "kind", kind.name())));
            return organisation;
        });
    }

    boolean anyAdmin() {
        return users.anyWithRole(Role.ADMIN);
    }

    String generatePassword() {
        var text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            text.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return text.toString();
    }

    private UserSummary summary(UserAccount a) {
        Instant now = Instant.now(clock);
        return new UserSummary(a.id(), a.username(), a.displayName(), a.role(), a.role().code(), a.organisationId(),
                a.townshipCode(), a.enabled(), a.lockedAt(now), a.lockedAt(now) ? a.lockedUntil() : null);
    }
}
