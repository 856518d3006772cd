package org.anlan.resource;

import java.util.List;
import java.util.UUID;

/** An expert the command can call on (应急专家). */
public record Expert(UUID id, String name, List<String> specialities, String organisation, String phone,
                     String townshipCode) {

    public Expert {
        specialities = List.copyOf(specialities);
    }
}
