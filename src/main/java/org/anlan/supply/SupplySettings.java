package org.anlan.supply;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration of the supply module: the plan's reserve areas (county 1,000 m², disaster-prone townships
 * 400 m², villages 40 m²), which townships are disaster-prone, the rotation window and the relief deadline
 * (12 h in the county plan; the national target is now 10 h, ZJ-RC-02).
 */
@Component
public class SupplySettings {

    private final BigDecimal countyAreaM2;
    private final BigDecimal townshipAreaM2;
    private final BigDecimal villageAreaM2;
    private final List<String> disasterProneTownships;
    private final int rotationDays;
    private final int reliefDeadlineHours;

    SupplySettings(@Value("${anlan.supply.reserve-area.county:1000}") BigDecimal countyAreaM2,
                   @Value("${anlan.supply.reserve-area.township:400}") BigDecimal townshipAreaM2,
                   @Value("${anlan.supply.reserve-area.village:40}") BigDecimal villageAreaM2,
                   @Value("${anlan.supply.disaster-prone-townships:330225101,330225103,330225104,330225106,330225107,330225108,330225110,330225200,330225202,330225204,330225003}")
                   List<String> disasterProneTownships,
                   @Value("${anlan.supply.rotation-days:60}") int rotationDays,
                   @Value("${anlan.supply.relief-deadline-hours:12}") int reliefDeadlineHours) {
        this.countyAreaM2 = countyAreaM2;
        this.townshipAreaM2 = townshipAreaM2;
        this.villageAreaM2 = villageAreaM2;
        this.disasterProneTownships = List.copyOf(disasterProneTownships);
        this.rotationDays = rotationDays;
        this.reliefDeadlineHours = reliefDeadlineHours;
    }

    BigDecimal countyAreaM2() {
        return countyAreaM2;
    }

    BigDecimal townshipAreaM2() {
        return townshipAreaM2;
    }

    BigDecimal villageAreaM2() {
        return villageAreaM2;
    }

    List<String> disasterProneTownships() {
        return disasterProneTownships;
    }

    int rotationDays() {
        return rotationDays;
    }

    public int reliefDeadlineHours() {
        return reliefDeadlineHours;
    }
}
