package org.anlan.resource;

import java.util.UUID;

/** An expert the command can call on (应急专家). */
public record Expert(UUID id, String name, String speciality, String organisation, String phone, String townshipCode) {
}
