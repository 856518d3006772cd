package org.anlan.resource;

import java.util.UUID;

/** A piece of key rescue equipment and who holds it. */
public record Equipment(UUID id, String name, String kind, int quantity, String holder, String townshipCode) {
}
