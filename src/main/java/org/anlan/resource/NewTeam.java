package org.anlan.resource;

import java.util.Set;

/** A team to register. */
public record NewTeam(String name, TeamKind kind, String townshipCode, Double lat, Double lon, int headcount, int vehicles,
                      String equipment, Set<String> capabilities, boolean insured, String leader, String phone) {
}
