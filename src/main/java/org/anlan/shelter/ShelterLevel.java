package org.anlan.shelter;

/** 县级避灾中心, 乡级避灾中心, 村级避灾点 (ZJ-SH-02). */
public enum ShelterLevel {
    COUNTY, TOWNSHIP, VILLAGE
}
