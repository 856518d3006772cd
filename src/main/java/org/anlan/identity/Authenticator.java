package org.anlan.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password for both the login form and the token endpoint. After
 * {@code anlan.security.max-failed-logins} consecutive failures the account is locked for
 * {@code anlan.security.lockout}, even against the right password. Every outcome is audited.
 */
@Service
class Authenticator {

    private final Users users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final String unknownUserHash;

    Authenticator(Users users, PasswordEncoder passwords, AuditTrail audit, TransactionTemplate transaction, Clock clock,
                  @Value("${anlan.security.max-failed-logins:5}") int maxFailures,
                  @Value("${anlan.security.lockout:15m}") Duration lockout) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.unknownUserHash = passwords.encode("no such user: equalises the time a wrong username takes");
    }

    Actor authenticate(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        String given = password == null ? "" : password;
        Instant now = Instant.now(clock);
        Optional<UserAccount> found = name.length() > 40 ? Optional.empty() : users.byUsername(name);
        if (found.isEmpty()) {
            passwords.matches(given, unknownUserHash);
            audit.recordAs(printable(name), "ANONYMOUS", AuditRecord.of("LOGIN_FAILED", "User", printable(name))
                    .changing(null, Map.of("reason", "unknown user")));
            throw new BadCredentialsException("bad credentials");
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            throw new DisabledException("account disabled");
        }
        if (account.lockedAt(now)) {
            audit.recordAs(account.username(), account.role().name(), AuditRecord.of("LOGIN_REFUSED_LOCKED", "User",
                    account.username()));
            throw new LockedException("account locked until " + account.lockedUntil());
        }
        if (!passwords.matches(given, account.passwordHash())) {
            recordFailure(account, now);
            throw new BadCredentialsException("bad credentials");
        }
        if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
            transaction.executeWithoutResult(status -> users.clearFailures(account.id()));
        }
        return account.asActor();
    }

    private void recordFailure(UserAccount account, Instant now) {
        int failures = account.lockedUntil() != null ? 1 : account.failedAttempts() + 1;
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
        transaction.executeWithoutResult(status -> {
            users.recordFailure(account.id(), lockedUntil == null ? failures : 0, lockedUntil);
            audit.recordAs(account.username(), account.role().name(),
                    AuditRecord.of(lockedUntil == null ? "LOGIN_FAILED" : "ACCOUNT_LOCKED", "User", account.username())
                            .changing(Map.of("failedAttempts", account.failedAttempts()),
                                    lockedUntil == null ? Map.of("failedAttempts", failures)
                                            : Map.of("lockedUntil", lockedUntil.toString())));
        });
        if (lockedUntil != null) {
            throw new LockedException("account locked until " + lockedUntil);
        }
    }

    private static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
