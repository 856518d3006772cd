package org.anlan.incident;

import java.time.Clock;
import org.anlan.platform.web.ClientRateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Abuse limit of the public report API: {@code anlan.public-report.per-minute} reports per client address. */
@Component
class PublicReportLimiter extends ClientRateLimiter {

    PublicReportLimiter(Clock clock, @Value("${anlan.public-report.per-minute:20}") int perMinute) {
        super(clock, perMinute);
    }
}
