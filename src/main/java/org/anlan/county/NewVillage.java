package org.anlan.county;

/** A village or community to register under a township. */
public record NewVillage(String code, String name, Village.VillageKind kind, Double lat, Double lon, Integer population) {
}
