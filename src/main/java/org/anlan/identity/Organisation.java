package org.anlan.identity;

import java.util.UUID;

/** An organisation users belong to; a township office names its township. */
public record Organisation(UUID id, String name, OrganisationKind kind, String townshipCode) {
}
