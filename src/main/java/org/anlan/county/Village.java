package org.anlan.county;

import java.util.UUID;

/** A village (村) or community (社区) of a township. The 12-digit statistical code is optional. */
public record Village(UUID id, String townshipCode, String code, String name, VillageKind kind, Double lat,
                      Double lon, Integer population) {

    public enum VillageKind { VILLAGE, COMMUNITY }
}
