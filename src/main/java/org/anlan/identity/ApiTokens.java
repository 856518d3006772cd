package org.anlan.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.anlan.platform.crypto.Sha256;
import org.anlan.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for the API: random, stored only as their SHA-256, expiring after {@code anlan.security.token-lifetime}. */
@Service
class ApiTokens {

    record IssuedToken(String token, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Users users;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(Users users, Clock clock, @Value("${anlan.security.token-lifetime:12h}") Duration lifetime) {
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Transactional
    IssuedToken issue(Actor actor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(lifetime);
        users.insertToken(hash(token), actor.userId(), now, expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    /** The actor a live token belongs to; empty for unknown, expired or revoked tokens and for locked users. */
    @Transactional(readOnly = true)
    Optional<Actor> resolve(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return users.userOfLiveToken(hash(token), now)
                .flatMap(users::byId)
                .filter(UserAccount::enabled)
                .filter(account -> !account.lockedAt(now))
                .map(UserAccount::asActor);
    }

    @Transactional
    boolean revoke(String token) {
        return users.revokeToken(hash(token)) > 0;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
