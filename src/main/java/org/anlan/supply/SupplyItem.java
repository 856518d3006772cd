package org.anlan.supply;

import java.math.BigDecimal;

/**
 * An item of the catalogue with its unit, shelf life (null: does not expire) and the minimum needs of one
 * evacuee: once on arrival (a quilt) and per day (meals, water).
 */
public record SupplyItem(String code, String name, String nameEn, String unit, String category, Integer shelfLifeDays,
                         BigDecimal oncePerPerson, BigDecimal dailyPerPerson) {

    public boolean neededByEvacuees() {
        return oncePerPerson.signum() > 0 || dailyPerPerson.signum() > 0;
    }
}
