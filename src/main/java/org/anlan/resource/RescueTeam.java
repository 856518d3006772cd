package org.anlan.resource;

import java.util.Set;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/** A rescue team: what it can do, where it is based, how many it brings, and whether it is on standby. */
public record RescueTeam(UUID id, String name, TeamKind kind, String townshipCode, GeoPoint base, int headcount,
                         int vehicles, String equipment, Set<String> capabilities, TeamStatus status, boolean insured,
                         String leader, String phone) {
}
