package org.anlan.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.anlan.geo.GeoPoint;

/**
 * A rescue team (救援队伍): what it can do, where it is based, how many it brings, whether it is on standby and
 * whether its members are insured.
 */
public record RescueTeam(UUID id, String name, TeamKind kind, String townshipCode, GeoPoint base, int headcount,
                         int vehicles, Set<String> capabilities, TeamStatus status, boolean insured, String insurer,
                         LocalDate insuranceExpires, String equipmentSummary, String leader, String phone,
                         Instant createdAt, Instant updatedAt) {

    public RescueTeam {
        SortedSet<String> sorted = new TreeSet<>(capabilities);
        capabilities = Collections.unmodifiableSortedSet(sorted);
    }

    public boolean available() {
        return status == TeamStatus.ON_DUTY;
    }

    public boolean canDo(String capability) {
        return capabilities.contains(capability);
    }
}
