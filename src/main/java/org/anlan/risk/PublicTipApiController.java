package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.anlan.enterprise.EnterpriseRegister;
import org.anlan.platform.crypto.Sha256;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.web.ClientRateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 群众举报 without an account: a tip-off names an enterprise and describes the hazard; the answer is a tracking
 * code (shown once, stored only as its SHA-256) with which the tipster follows the hazard and its reward. Abuse
 * limits: a rate per client address, bounded text, a honeypot field; the status lookup is rate-limited too.
 */
@RestController
@Tag(name = "public hazard tip-offs", description = "群众举报 Anonymous hazard tip-offs with reward tracking")
class PublicTipApiController {

    static final int MAX_DESCRIPTION = 1000;

    record TipRequest(String enterpriseName, String description, String website) {
    }

    record TipReceipt(String trackingCode, HazardState state, String stateLabel) {
    }

    record StatusRequest(String trackingCode) {
    }

    record TipStatus(HazardState state, String stateLabel, Instant foundAt, Instant closedAt,
                     HazardRecord.RewardStatus rewardStatus, String rewardLabel, BigDecimal rewardYuan) {
    }

    private final HazardRegister hazards;
    private final EnterpriseRegister enterprises;
    private final ClientRateLimiter limiter;
    private final SecureRandom random = new SecureRandom();

    PublicTipApiController(HazardRegister hazards, EnterpriseRegister enterprises, Clock clock,
                           @Value("${anlan.public-report.per-minute:20}") int perMinute) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.limiter = new ClientRateLimiter(clock, perMinute);
    }

    @PostMapping("/api/public/hazard-tips")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a hidden hazard anonymously; keep the tracking code to follow it and its reward")
    TipReceipt tip(@RequestBody TipRequest body, HttpServletRequest request) {
        if (body.website() != null && !body.website().isEmpty()) {
            throw ApiException.badRequest("TIP_REJECTED", "error.risk.hazard.tipRejected");
        }
        limit(request);
        String description = body.description() == null ? null : body.description().strip();
        if (description == null || description.length() < 5 || description.length() > MAX_DESCRIPTION) {
            throw ApiException.badRequest("TIP_DESCRIPTION_INVALID", "error.risk.hazard.tipDescription", MAX_DESCRIPTION);
        }
        String name = body.enterpriseName();
        var enterprise = enterprises.byExactName(name == null || name.length() > 100 ? null : name)
                .orElseThrow(() -> ApiException.badRequest("TIP_ENTERPRISE_UNKNOWN", "error.risk.hazard.tipEnterprise"));
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        HazardRecord record = hazards.tipOff(enterprise, description, hash(code));
        return new TipReceipt(code, record.hazard().state(), record.hazard().state().label());
    }

    @PostMapping("/api/public/hazard-tips/status")
    @Operation(summary = "Where a tip-off stands and its reward, by tracking code")
    TipStatus status(@RequestBody StatusRequest body, HttpServletRequest request) {
        limit(request);
        String code = body.trackingCode();
        HazardRecord record = (code == null || code.length() > 64 ? java.util.Optional.<HazardRecord>empty()
                : hazards.byTrackingHash(hash(code.strip())))
                .orElseThrow(() -> ApiException.notFound("TIP_UNKNOWN", "error.risk.hazard.tipUnknown"));
        HiddenHazard h = record.hazard();
        return new TipStatus(h.state(), h.state().label(), record.foundAt(), record.closedAt(), record.rewardStatus(),
                record.rewardStatus() == null ? null : record.rewardStatus().label(), record.rewardYuan());
    }

    private void limit(HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "error.risk.hazard.rateLimited");
        }
    }

    static String hash(String code) {
        return Sha256.hex(code);
    }
}
