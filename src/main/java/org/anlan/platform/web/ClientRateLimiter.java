package org.anlan.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Abuse limit of a public endpoint: at most {@code perMinute} requests per client address in any sliding minute
 * (a token bucket refilled continuously). Buckets idle for over a minute are dropped when many accumulate.
 */
public class ClientRateLimiter {

    private record Bucket(double tokens, Instant at) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    public ClientRateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    public boolean tryAcquire(String client) {
        Instant now = Instant.now(clock);
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> Duration.between(e.getValue().at(), now).toMinutes() > 1);
        }
        boolean[] granted = new boolean[1];
        buckets.compute(client, (key, bucket) -> {
            double tokens = bucket == null ? perMinute
                    : Math.min(perMinute, bucket.tokens() + perMinute * Duration.between(bucket.at(), now).toMillis() / 60_000.0);
            granted[0] = tokens >= 1.0;
            return new Bucket(granted[0] ? tokens - 1.0 : tokens, now);
        });
        return granted[0];
    }
}
