package org.anlan.shelter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration: the usable area per person by shelter level (m²; ZJ-SH-04 — the DB33/T 2158-2021 figure is
 * still to be confirmed, the default is GB 51143's 2.0 m² for short stays) and the days of needs a shelter asks for.
 */
@Component
class ShelterSettings {

    private final BigDecimal countyM2;
    private final BigDecimal townshipM2;
    private final BigDecimal villageM2;
    private final int needDays;

    ShelterSettings(@Value("${anlan.shelter.area-per-person.county:2.0}") BigDecimal countyM2,
                    @Value("${anlan.shelter.area-per-person.township:2.0}") BigDecimal townshipM2,
                    @Value("${anlan.shelter.area-per-person.village:2.0}") BigDecimal villageM2,
                    @Value("${anlan.shelter.need-days:1}") int needDays) {
        if (countyM2.signum() <= 0 || townshipM2.signum() <= 0 || villageM2.signum() <= 0 || needDays <= 0) {
            throw new IllegalStateException("anlan.shelter.area-per-person.* and need-days must be positive");
        }
        this.countyM2 = countyM2;
        this.townshipM2 = townshipM2;
        this.villageM2 = villageM2;
        this.needDays = needDays;
    }

    BigDecimal areaPerPerson(ShelterLevel level) {
        return switch (level) {
            case COUNTY -> countyM2;
            case TOWNSHIP -> townshipM2;
            case VILLAGE -> villageM2;
        };
    }

    int capacity(ShelterLevel level, BigDecimal usableAreaM2) {
        return usableAreaM2.divide(areaPerPerson(level), 0, RoundingMode.FLOOR).intValueExact();
    }

    int needDays() {
        return needDays;
    }
}
