package org.anlan.enterprise;

/** An enterprise moved to another township; records kept by township elsewhere follow it in the same transaction. */
public record EnterpriseRelocated(EnterpriseId enterprise, String fromTownship, String toTownship) {
}
