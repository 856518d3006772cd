package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored hidden hazard: the aggregate plus what the register keeps beside it — its township, the responsible
 * person's name, the escalation tier reached, the reward of a public tip-off, its photos and when it was found
 * and closed.
 */
public record HazardRecord(HiddenHazard hazard, String townshipCode, String responsibleName,
                           EscalationTier escalation, Instant remindedAt, BigDecimal rewardYuan,
                           RewardStatus rewardStatus, List<HazardPhoto> photos, boolean synthetic, Instant foundAt,
                           Instant closedAt) {

    public HazardRecord {
        photos = List.copyOf(photos);
    }

    public enum RewardStatus {
        PENDING("待审核"), APPROVED("已核准"), PAID("已发放"), DECLINED("不予奖励");

        private final String label;

        RewardStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record HazardPhoto(java.util.UUID id, String phase, String contentType, long size, String sha256,
                              Instant uploadedAt) {
    }

    HazardRecord with(HiddenHazard next) {
        return new HazardRecord(next, townshipCode, responsibleName, escalation, remindedAt, rewardYuan, rewardStatus,
                photos, synthetic, foundAt, next.state() == HazardState.CLOSED ? next.history().get(next.history().size() - 1).at()
                : null);
    }

    HazardRecord withResponsibleName(String name) {
        return new HazardRecord(hazard, townshipCode, name, escalation, remindedAt, rewardYuan, rewardStatus, photos,
                synthetic, foundAt, closedAt);
    }

    HazardRecord withEscalation(EscalationTier tier, Instant reminded) {
        return new HazardRecord(hazard, townshipCode, responsibleName, tier, reminded, rewardYuan, rewardStatus, photos,
                synthetic, foundAt, closedAt);
    }

    HazardRecord withReward(BigDecimal yuan, RewardStatus status) {
        return new HazardRecord(hazard, townshipCode, responsibleName, escalation, remindedAt, yuan, status, photos,
                synthetic, foundAt, closedAt);
    }

    Optional<EscalationTier> escalationTier() {
        return Optional.ofNullable(escalation);
    }

    RiskMapIndex.HazardStanding standing() {
        return new RiskMapIndex.HazardStanding(hazard.enterprise().value(), townshipCode, hazard.grade(),
                hazard.state() != HazardState.CLOSED);
    }
}
