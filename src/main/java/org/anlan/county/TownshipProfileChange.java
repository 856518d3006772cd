package org.anlan.county;

/** The editable contact facts of a township (population, duty phone, contact person). */
public record TownshipProfileChange(Integer population, String dutyPhone, String contactPerson) {
}
