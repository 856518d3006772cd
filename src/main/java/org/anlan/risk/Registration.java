package org.anlan.risk;

import java.util.List;

/** What 登记 records (HZ-LAW-01): where the hazard is, its category, and the photos taken before rectification. */
public record Registration(String location, String category, List<String> beforePhotos) {

    public Registration {
        if (location == null || location.isBlank() || category == null || category.isBlank()) {
            throw new RiskRuleException(RiskError.REGISTRATION_INCOMPLETE, "须填写位置和类别");
        }
        beforePhotos = beforePhotos == null ? List.of() : List.copyOf(beforePhotos);
    }
}
